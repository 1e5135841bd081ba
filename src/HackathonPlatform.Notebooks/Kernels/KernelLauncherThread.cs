using System.Collections.Concurrent;
using System.Diagnostics;

namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// Starts kernel processes from one thread that lives as long as this process. bubblewrap's
/// <c>--die-with-parent</c> (PR_SET_PDEATHSIG) fires when the <em>thread</em> that forked it exits, not
/// when the process does (prctl(2)): a kernel started from a thread-pool thread was killed with SIGKILL
/// (exit code 137) whenever the pool retired that thread, which on a busy machine happened seconds
/// after the start. The sandbox must still die with the launcher, so the thread is the one to keep.
/// </summary>
internal static class KernelLauncherThread
{
    private static readonly BlockingCollection<(ProcessStartInfo Info, TaskCompletionSource<Process> Started)> Requests = [];
    // Started by the type's initialiser, after Requests (textual order), before the first Start.
    private static readonly Thread Launcher = StartLauncher();

    /// <summary>Starts the process on the launcher thread and returns it.</summary>
    /// <param name="info">What to start.</param>
    /// <returns>The started process.</returns>
    public static Process Start(ProcessStartInfo info)
    {
        var started = new TaskCompletionSource<Process>(TaskCreationOptions.RunContinuationsAsynchronously);
        Requests.Add((info, started));
        return started.Task.GetAwaiter().GetResult();
    }

    private static Thread StartLauncher()
    {
        var thread = new Thread(Serve) { IsBackground = true, Name = "kernel launcher" };
        thread.Start();
        return thread;
    }

    private static void Serve()
    {
        foreach (var (info, started) in Requests.GetConsumingEnumerable())
        {
            try
            {
                started.SetResult(Process.Start(info) ?? throw new InvalidOperationException($"Could not start {info.FileName}."));
            }
            catch (Exception ex)
            {
                started.SetException(ex);
            }
        }
    }
}
