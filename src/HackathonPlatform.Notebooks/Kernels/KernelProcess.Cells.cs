using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>Running one cell: timeouts, interrupts and crashes become a failure and a restart.</summary>
public sealed partial class KernelProcess
{
    private enum Ending
    {
        Event,
        Exited,
        Cancelled,
    }

    private async IAsyncEnumerable<KernelEvent> RunCellAsync(KernelConnection connection, string code, string? cellId, TimeSpan cellTimeout, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var limits = Options.Limits;
        var token = Guid.NewGuid().ToString("N");
        using var interrupt = new CancellationTokenSource();
        using var timeout = cellTimeout > TimeSpan.Zero ? new CancellationTokenSource(cellTimeout) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, interrupt.Token, timeout.Token);
        Volatile.Write(ref _interrupt, interrupt);
        _state = KernelState.Busy;
        Touch();
        var budget = new KernelOutputBudget(limits.MaxOutputBytesPerCell);
        try
        {
            await connection.SendAsync(new SubmitCode(token, code, cellId));
            while (true)
            {
                var (next, ending) = await NextAsync(connection.Events, linked.Token);
                if (ending != Ending.Event)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    // While the host still runs (a timeout or interrupt): the restart kills it next.
                    var leftOver = connection.StopStrays();
                    if (leftOver.Count > 0)
                    {
                        LogStopped(connection, leftOver);
                        yield return StraysNotice(token, leftOver);
                    }

                    yield return await EndAbnormallyAsync(connection, token, ending, timeout.IsCancellationRequested ? cellTimeout : null);
                    yield break;
                }

                if (next!.CommandToken != token)
                {
                    continue; // Left over from an abandoned cell.
                }

                var ended = next is CommandSucceeded or CommandFailed;
                // Before a restart for memory replaces the connection, and before the next cell can start.
                var stopped = ended ? await StopStraysAsync(connection) : StoppedStrays.None;
                if (next is CommandFailed { ErrorName: KernelErrorNames.OutOfMemory })
                {
                    // The heap is full of what the cell (and maybe earlier cells) kept: only a new process frees it.
                    StartReplacement(countAsRestart: true);
                    yield return new StandardErrorProduced(token, $"\nThe cell hit the memory limit of {limits.MemoryBytes / (1024 * 1024)} MiB. The kernel was restarted: variables from earlier cells are gone.\n");
                }

                if (stopped.Count > 0)
                {
                    yield return StraysNotice(token, stopped);
                }

                foreach (var allowed in budget.Filter(next))
                {
                    yield return allowed;
                }

                if (ended)
                {
                    yield break;
                }
            }
        }
        finally
        {
            Volatile.Write(ref _interrupt, null);
            if (_state == KernelState.Busy)
            {
                _state = KernelState.Idle;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                StartReplacement(countAsRestart: true);
            }
        }
    }

    /// <summary>
    /// Kills what the cell left running (<see cref="KernelStrays"/>): a cell's processes end with the cell,
    /// since they would count against the kernel's process limit and starve the next cell of threads.
    /// Waits until they are reaped, for the same reason.
    /// </summary>
    private async Task<StoppedStrays> StopStraysAsync(KernelConnection connection)
    {
        var stopped = connection.StopStrays();
        if (stopped.Count > 0)
        {
            await KernelStrays.WaitUntilReapedAsync(stopped, TimeSpan.FromSeconds(5));
            LogStopped(connection, stopped);
        }

        return stopped;
    }

    private void LogStopped(KernelConnection connection, StoppedStrays stopped) =>
        Options.Log?.Invoke($"kernel {connection.ProcessId}: stopped {stopped.Count} processes a cell left running ({stopped.KernelTasks} processes and threads before)");

    private StandardErrorProduced StraysNotice(string token, StoppedStrays stopped)
    {
        // RLIMIT_NPROC binds only for a non-root uid: root without a dropped uid ignores it.
        var bindingLimit = Isolation.ResourceLimits && Options.Limits.MaxProcesses > 0 && (Isolation.UserId is not null || !Environment.IsPrivilegedProcess)
            ? Options.Limits.MaxProcesses
            : (int?)null;
        return new StandardErrorProduced(token, stopped.Notice(bindingLimit));
    }

    private static async Task<(KernelEvent? Event, Ending Ending)> NextAsync(ChannelReader<KernelEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            while (await events.WaitToReadAsync(cancellationToken))
            {
                if (events.TryRead(out var next))
                {
                    return (next, Ending.Event);
                }
            }

            return (null, Ending.Exited);
        }
        catch (OperationCanceledException)
        {
            return (null, Ending.Cancelled);
        }
    }

    private async Task<CommandFailed> EndAbnormallyAsync(KernelConnection connection, string token, Ending ending, TimeSpan? timedOutAfter)
    {
        const string Lost = "The kernel was restarted: variables from earlier cells are gone.";
        if (ending == Ending.Exited)
        {
            await connection.Exited.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
            var code = connection.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "unknown";
            Options.Log?.Invoke($"kernel {connection.ProcessId} died with exit code {code}: {connection.StderrTail}");
            StartReplacement(countAsRestart: true);
            return new CommandFailed(token, KernelErrorNames.KernelDied, $"The kernel process died while running the cell (exit code {code}; a CPU, memory or process limit, or a crash). {Lost}", []);
        }

        StartReplacement(countAsRestart: true);
        return timedOutAfter is { } limit
            ? new CommandFailed(token, KernelErrorNames.CellTimeout, $"The cell ran longer than {limit.TotalSeconds:0.###} s and was stopped. {Lost}", [])
            : new CommandFailed(token, KernelErrorNames.KernelInterrupted, $"The cell was interrupted. {Lost}", []);
    }
}
