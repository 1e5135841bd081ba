namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// Finds and stops the processes a kernel's cells left running ("strays"). The kernel itself is a
/// chain of processes: the one the client started (prlimit execs bubblewrap), bubblewrap's init of
/// the kernel's pid namespace, and the host; without bubblewrap the three are one process. A stray is
/// <list type="bullet">
/// <item>any other process below the chain: under bubblewrap that is every process of the namespace, as
/// orphans are reparented to the namespace's init (measured);</item>
/// <item>any other process of the host's session, when the kernel owns that session (the C# host calls
/// setsid at start): this catches orphans reparented outside the kernel (to init or a subreaper) when
/// there is no bubblewrap, unless they left the session on purpose.</item>
/// </list>
/// Uids are not used: an operator's <see cref="KernelProcessOptions.SandboxUserId"/>, and the cycled
/// block of uids a launcher hands out, may be shared by several live kernels.
/// </summary>
internal sealed class KernelStrays
{
    // A fork bomb forks while it is being killed; each round kills what the last reading saw, and its
    // size is bounded by RLIMIT_NPROC. Rounds past this give up: a restart kills the rest.
    private const int MaxRounds = 32;
    private readonly ProcessEntry[] _chain;
    private readonly int? _session;

    private KernelStrays(ProcessEntry[] chain, int? session)
    {
        _chain = chain;
        _session = session;
    }

    /// <summary>Finds the kernel's chain once its host reported ready (before any cell ran).</summary>
    /// <param name="outerPid">The pid of the process the client started.</param>
    /// <param name="hostPidInSandbox">The pid the host reported, as seen in its own pid namespace.</param>
    /// <returns>The kernel's strays, or null when the host cannot be found (not Linux, or an unusual /proc).</returns>
    public static KernelStrays? Locate(int outerPid, int hostPidInSandbox)
    {
        var snapshot = ProcessSnapshot.Read();
        if (snapshot.Get(outerPid) is not { } outer)
        {
            return null;
        }

        ProcessEntry? host = ProcessSnapshot.InnermostPid(outerPid) == hostPidInSandbox
            ? outer
            : snapshot.DescendantsOf(outerPid).Where(e => ProcessSnapshot.InnermostPid(e.Pid) == hostPidInSandbox).Select(e => (ProcessEntry?)e).FirstOrDefault();
        if (host is not { } found)
        {
            return null;
        }

        var chain = new List<ProcessEntry> { found };
        while (chain[^1].Pid != outerPid && snapshot.Get(chain[^1].ParentPid) is { } parent)
        {
            chain.Add(parent);
        }

        // Without bubblewrap and without its own session, the host shares its launcher's session:
        // that session's other processes are not the kernel's.
        var session = chain.Any(c => c.Pid == found.SessionId) ? found.SessionId : (int?)null;
        chain.Reverse();
        return new KernelStrays([.. chain], session);
    }

    /// <summary>The kernel's running processes other than its chain, in this reading.</summary>
    public List<ProcessEntry> Find(ProcessSnapshot snapshot)
    {
        var found = new Dictionary<int, ProcessEntry>();
        // A dead link's pid may have been reused by an unrelated process: only living links are roots.
        foreach (var link in _chain.Where(c => c.IsSameProcess(snapshot.Get(c.Pid))))
        {
            foreach (var entry in snapshot.DescendantsOf(link.Pid))
            {
                found[entry.Pid] = entry;
            }
        }

        if (_session is { } session)
        {
            // Safe against reuse: a pid is not handed out again while it names a live session.
            foreach (var entry in snapshot.Entries.Where(e => e.SessionId == session))
            {
                found[entry.Pid] = entry;
            }
        }

        foreach (var link in _chain.Where(c => c.IsSameProcess(found.GetValueOrDefault(c.Pid))))
        {
            found.Remove(link.Pid);
        }

        return [.. found.Values.Where(e => e.IsRunning)];
    }

    /// <summary>Kills (SIGKILL) every stray, in rounds until none is left or <see cref="MaxRounds"/> passed.</summary>
    /// <returns>What was stopped, and how many processes and threads the kernel had before.</returns>
    public StoppedStrays Stop()
    {
        var stopped = new Dictionary<(int Pid, ulong StartTime), ProcessEntry>();
        int? tasks = null;
        for (var round = 0; round < MaxRounds; round++)
        {
            var snapshot = ProcessSnapshot.Read();
            var strays = Find(snapshot);
            tasks ??= strays.Sum(s => s.Threads) + HostThreads(snapshot);
            if (strays.Count == 0)
            {
                break;
            }

            // One still there from the last round is dying or not yet reaped: killed again, counted once.
            foreach (var stray in strays.Where(UnixSignals.Kill))
            {
                stopped.TryAdd((stray.Pid, stray.StartTime), stray);
            }
        }

        return new StoppedStrays([.. stopped.Values], tasks ?? 0);
    }

    private int HostThreads(ProcessSnapshot snapshot) =>
        snapshot.Get(_chain[^1].Pid) is { } host && _chain[^1].IsSameProcess(host) ? host.Threads : 0;

    /// <summary>
    /// Waits until the stopped processes are reaped: until then they still count against RLIMIT_NPROC,
    /// and the host could not start a thread for the next cell.
    /// </summary>
    /// <param name="stopped">What <see cref="Stop"/> returned.</param>
    /// <param name="limit">How long to wait at most; a process still there afterwards is left to its reaper.</param>
    public static async Task WaitUntilReapedAsync(StoppedStrays stopped, TimeSpan limit)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (stopped.Processes.Any(p => p.IsSameProcess(ProcessSnapshot.ReadEntry(p.Pid))) && clock.Elapsed < limit)
        {
            await Task.Delay(10);
        }
    }
}
