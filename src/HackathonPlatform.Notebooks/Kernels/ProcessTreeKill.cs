using System.Diagnostics;

namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// Kills a process and everything below it without the race of a plain tree kill. Killing the parent
/// first, or listing its children while it still runs, misses a child it forks in between: bubblewrap
/// killed while setting up leaves its namespace's init behind (measured: an orphaned init, still
/// holding the kernel's stdout, so the client waited for the whole start timeout). So the root is
/// stopped (SIGSTOP) first, and its tree is listed and killed only once it can no longer fork.
/// </summary>
internal static class ProcessTreeKill
{
    private const int MaxRounds = 8;
    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(1);

    /// <summary>Kills <paramref name="root"/> and its descendants (SIGKILL); nothing when it is gone.</summary>
    /// <param name="root">The process, as read when it was started.</param>
    public static void Kill(ProcessEntry root)
    {
        if (!UnixSignals.Stop(root))
        {
            return;
        }

        // SIGSTOP takes effect asynchronously; a stopped process shows T in its state.
        var clock = Stopwatch.StartNew();
        while (ProcessSnapshot.ReadEntry(root.Pid) is { IsRunning: true, State: not ('T' or 't') } current && root.IsSameProcess(current) && clock.Elapsed < StopWait)
        {
            Thread.Sleep(1);
        }

        // Descendants still fork (a cell's processes); the namespace's init dies with its namespace.
        for (var round = 0; round < MaxRounds; round++)
        {
            var below = ProcessSnapshot.Read().DescendantsOf(root.Pid).Where(e => e.IsRunning).ToList();
            if (below.Count == 0)
            {
                break;
            }

            below.ForEach(e => UnixSignals.Kill(e));
        }

        UnixSignals.Kill(root);
    }
}
