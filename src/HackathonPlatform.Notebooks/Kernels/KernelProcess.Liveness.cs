namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>Whether the current process still runs, for <see cref="KernelPool"/>, which must not hand out a dead kernel.</summary>
public sealed partial class KernelProcess
{
    /// <summary>True while a started process has not exited (false while starting, after a crash, or once disposed).</summary>
    internal bool IsProcessRunning
    {
        get
        {
            lock (_gate)
            {
                return _state != KernelState.Disposed && _connection is { ExitCode: null };
            }
        }
    }

    /// <summary>Completes when the current process exits (already completed when there is none).</summary>
    internal Task CurrentProcessExited
    {
        get
        {
            lock (_gate)
            {
                return _connection?.Exited ?? Task.CompletedTask;
            }
        }
    }
}
