namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>One process in a <see cref="ProcessSnapshot"/>.</summary>
/// <param name="Pid">Its pid in this process's pid namespace.</param>
/// <param name="State">The state letter of <c>/proc/PID/stat</c>: <c>Z</c> for a zombie, <c>X</c> for dead.</param>
/// <param name="ParentPid">Its parent's pid (after reparenting: a subreaper's or init's).</param>
/// <param name="SessionId">Its session id.</param>
/// <param name="Threads">Its threads, each of which counts against RLIMIT_NPROC.</param>
/// <param name="StartTime">When it started, in clock ticks after boot: with the pid, identifies it.</param>
internal readonly record struct ProcessEntry(int Pid, char State, int ParentPid, int SessionId, int Threads, ulong StartTime)
{
    /// <summary>Whether it still runs (a zombie only waits to be reaped and ignores signals).</summary>
    public bool IsRunning => State is not ('Z' or 'X' or 'x');

    /// <summary>Whether <paramref name="other"/> is the same process (same pid and start time).</summary>
    public bool IsSameProcess(ProcessEntry? other) => other is { } o && o.Pid == Pid && o.StartTime == StartTime;
}
