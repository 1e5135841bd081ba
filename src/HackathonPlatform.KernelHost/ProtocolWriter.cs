using System.Text;
using HackathonPlatform.Notebooks.Kernels;
using Microsoft.Win32.SafeHandles;

namespace HackathonPlatform.KernelHost;

/// <summary>Writes events as JSON lines to the private protocol descriptor; safe from any thread.</summary>
internal sealed class ProtocolWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly Lock _gate = new();

    public ProtocolWriter(int fd)
    {
        var stream = new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Write, bufferSize: 1);
        _writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024) { AutoFlush = false, NewLine = "\n" };
    }

    public void Write(KernelEvent kernelEvent)
    {
        var line = KernelProtocol.Serialize(kernelEvent);
        lock (_gate)
        {
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }

    public void Dispose() => _writer.Dispose();
}
