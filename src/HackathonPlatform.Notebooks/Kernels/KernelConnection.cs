using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// One kernel OS process: writes commands to its stdin, reads its events into a bounded channel
/// (a kernel flooding events blocks on its pipe rather than filling our memory), keeps the tail
/// of its stderr for error messages, stops what cells leave running (<see cref="KernelStrays"/>), and
/// kills the whole process tree and its strays on disposal.
/// </summary>
internal sealed class KernelConnection : IDisposable
{
    private const int StderrTailLines = 20;
    private const int MaxLoggedLines = 1000;
    private readonly Process _process;
    private readonly Channel<KernelEvent> _events = Channel.CreateBounded<KernelEvent>(new BoundedChannelOptions(4096) { SingleReader = true, SingleWriter = true });
    private readonly TaskCompletionSource<KernelReady> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<string> _stderrTail = new();
    private readonly Action<string>? _log;
    private readonly Lock _gate = new();
    private int _loggedLines;
    private readonly ProcessEntry? _started;
    private volatile KernelStrays? _strays;

    public KernelConnection(ProcessStartInfo info, Action<string>? log)
    {
        _log = log;
        info.StandardInputEncoding = new UTF8Encoding(false);
        info.StandardOutputEncoding = Encoding.UTF8;
        info.StandardErrorEncoding = Encoding.UTF8;
        _process = KernelLauncherThread.Start(info);
        ProcessId = _process.Id;
        _started = ProcessSnapshot.ReadEntry(ProcessId);
        Exited = ReadEventsAsync();
        _ = ReadErrorsAsync();
    }

    public int ProcessId { get; }

    public ChannelReader<KernelEvent> Events => _events.Reader;

    public Task<KernelReady> Ready => _ready.Task;

    /// <summary>Completes when stdout closed and the process exited.</summary>
    public Task Exited { get; }

    public int? ExitCode
    {
        get
        {
            try
            {
                return _process.HasExited ? _process.ExitCode : null;
            }
            catch (InvalidOperationException)
            {
                // Disposed (killed by us). Thrown from the reader's finally, this used to leave Ready
                // pending, and a kernel disposed while starting waited for the whole start timeout.
                return null;
            }
        }
    }

    public string StderrTail
    {
        get
        {
            lock (_gate)
            {
                return string.Join('\n', _stderrTail);
            }
        }
    }

    public async Task SendAsync(KernelCommand command)
    {
        await _process.StandardInput.WriteLineAsync(KernelProtocol.Serialize(command));
        await _process.StandardInput.FlushAsync();
    }

    public void Kill()
    {
        if (_started is { } started)
        {
            ProcessTreeKill.Kill(started);
        }

        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone (on Linux, killed just above).
        }

        // The tree kill misses orphans reparented outside the tree (no bubblewrap): the session still holds them.
        StopStrays();
    }

    /// <summary>Kills the processes cells left running, keeping the kernel; nothing when the kernel's processes are unknown.</summary>
    public StoppedStrays StopStrays() => _strays?.Stop() ?? StoppedStrays.None;

    public void Dispose()
    {
        Kill();
        // A disposed connection never becomes ready. Without this, a start waiting on Ready lasted until the reader
        // saw stdout close, which a disposed Process does not always report: disposing a kernel while it restarted
        // then waited for the whole start timeout.
        _ready.TrySetException(new KernelStartException("The kernel was stopped before it was ready."));
        _process.Dispose();
    }

    private async Task ReadEventsAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line)
            {
                KernelEvent kernelEvent;
                try
                {
                    kernelEvent = KernelProtocol.DeserializeEvent(line);
                }
                catch (KernelProtocolException ex)
                {
                    _log?.Invoke($"kernel {ProcessId}: ignored a non-protocol line ({ex.Message})");
                    continue;
                }

                if (kernelEvent is KernelReady ready)
                {
                    // Before any cell ran: the processes below the one we started are the kernel's own.
                    _strays = KernelStrays.Locate(ProcessId, ready.ProcessId);
                    if (_strays is null && OperatingSystem.IsLinux())
                    {
                        _log?.Invoke($"kernel {ProcessId}: its host (pid {ready.ProcessId} in the sandbox) was not found in /proc; processes its cells leave running are not stopped");
                    }

                    _ready.TrySetResult(ready);
                }
                else
                {
                    await _events.Writer.WriteAsync(kernelEvent);
                }
            }

            await _process.WaitForExitAsync();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
            _log?.Invoke($"kernel {ProcessId}: stdout broke ({ex.Message})");
        }
        finally
        {
            _events.Writer.TryComplete();
            _ready.TrySetException(new KernelStartException($"The kernel exited before it was ready (exit code {ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}): {StderrTail}"));
        }
    }

    private async Task ReadErrorsAsync()
    {
        try
        {
            while (await _process.StandardError.ReadLineAsync() is { } line)
            {
                lock (_gate)
                {
                    _stderrTail.Enqueue(line.Length > 500 ? line[..500] : line);
                    if (_stderrTail.Count > StderrTailLines)
                    {
                        _stderrTail.Dequeue();
                    }
                }

                // A cell's child process may write to stderr without end: log the start, keep the tail.
                if (++_loggedLines <= MaxLoggedLines)
                {
                    _log?.Invoke(_loggedLines == MaxLoggedLines ? $"kernel {ProcessId}: (further stderr not logged)" : $"kernel {ProcessId}: {line}");
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The process is gone; nothing more to read.
        }
    }
}
