using System.Runtime.InteropServices;

namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>Sends SIGKILL or SIGSTOP to a process identified by pid and start time (Linux numbers).</summary>
internal static class UnixSignals
{
    private const int SigKill = 9;
    private const int SigStop = 19;

    /// <summary>Kills the process if it still runs under its pid.</summary>
    /// <returns>Whether the signal was sent.</returns>
    public static bool Kill(ProcessEntry process) => Send(process, SigKill);

    /// <summary>Stops (freezes) the process if it still runs under its pid.</summary>
    /// <returns>Whether the signal was sent.</returns>
    public static bool Stop(ProcessEntry process) => Send(process, SigStop);

    private static bool Send(ProcessEntry process, int signal)
    {
        // The start time is checked just before the signal: the pid might have been reused since the
        // reading. Linux hands out pids cyclically, so a reuse within the microseconds between check and
        // kill would need every other free pid (up to pid_max) to be taken in between.
        return process.IsSameProcess(ProcessSnapshot.ReadEntry(process.Pid)) && SendSignal(process.Pid, signal) == 0;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
