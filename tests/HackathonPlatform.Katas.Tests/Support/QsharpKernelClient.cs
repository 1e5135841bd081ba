using System.Diagnostics;
using System.Text;
using HackathonPlatform.Katas;
using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.Katas.Tests.Support;

/// <summary>
/// Starts <c>node quantum/qsharp-kernel.mjs</c> and talks our kernel protocol to it, the way
/// KernelProcess does, minus the sandbox. Disposing kills the process.
/// </summary>
internal sealed class QsharpKernelClient : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private int _nextToken;

    private QsharpKernelClient(Process process, KernelReady ready)
    {
        _process = process;
        Ready = ready;
    }

    public KernelReady Ready { get; }

    public bool HasExited => _process.HasExited;

    public static async Task<QsharpKernelClient> StartAsync(params string[] extraArguments)
    {
        Repository.RequireToolchain();
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = Repository.QuantumDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in QsharpToolchain.KernelArguments(Repository.QuantumDirectory).Concat(extraArguments))
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info)!;
        try
        {
            var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            var ready = Assert.IsType<KernelReady>(KernelProtocol.DeserializeEvent(first ?? throw new InvalidOperationException("the kernel exited: " + await process.StandardError.ReadToEndAsync())));
            var client = new QsharpKernelClient(process, ready);
            _ = client.DrainErrorsAsync();
            return client;
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Runs a cell and returns all its events, the terminal one last.</summary>
    public Task<IReadOnlyList<KernelEvent>> SubmitAsync(string code, string? cellId = null) =>
        SendAsync(new SubmitCode($"t{Interlocked.Increment(ref _nextToken)}", code, cellId));

    public async Task<IReadOnlyList<KernelEvent>> SendAsync(KernelCommand command)
    {
        await _process.StandardInput.WriteLineAsync(KernelProtocol.Serialize(command));
        await _process.StandardInput.FlushAsync();
        var events = new List<KernelEvent>();
        while (true)
        {
            var line = await _process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60))
                ?? throw new InvalidOperationException($"the kernel exited; stderr: {_stderr}");
            var next = KernelProtocol.DeserializeEvent(line);
            Assert.Equal(command.Token, next.CommandToken);
            events.Add(next);
            if (next is CommandSucceeded or CommandFailed)
            {
                return events;
            }
        }
    }

    public Task<bool> WaitForExitAsync(TimeSpan timeout) =>
        _process.WaitForExitAsync().WaitAsync(timeout).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);

    public void Dispose()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        _process.Dispose();
    }

    private async Task DrainErrorsAsync()
    {
        try
        {
            while (await _process.StandardError.ReadLineAsync() is { } line)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(line);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // Killed.
        }
    }
}
