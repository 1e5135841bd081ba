using System.Runtime.InteropServices;

namespace HackathonPlatform.KernelHost;

/// <summary>The few libc calls the host needs to keep its protocol stream private.</summary>
internal static partial class NativeMethods
{
    private const int FDupFdCloexec = 1030;

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Fcntl(int fd, int command, int argument);

    [LibraryImport("libc", EntryPoint = "dup2", SetLastError = true)]
    private static partial int Dup2(int oldFd, int newFd);

    [LibraryImport("libc", EntryPoint = "setsid", SetLastError = true)]
    private static partial int SetSid();

    [LibraryImport("libc", EntryPoint = "getsid", SetLastError = true)]
    private static partial int GetSid(int pid);

    /// <summary>
    /// Makes the host the leader of a new session, so that every process a cell starts is recognisably
    /// the kernel's, even after it is orphaned and reparented outside the kernel's process tree (when
    /// there is no bubblewrap pid namespace to hold it): the client stops a cell's leftovers by session
    /// (KernelStrays). Fails only when the host already leads a process group, e.g. started from a shell.
    /// </summary>
    /// <returns>Null when the host now leads its own session, else why not.</returns>
    public static string? StartOwnSession()
    {
        if (SetSid() >= 0)
        {
            return null;
        }

        var errno = Marshal.GetLastPInvokeError();
        return GetSid(0) == Environment.ProcessId ? null : $"setsid failed (errno {errno})";
    }

    /// <summary>
    /// Moves the protocol off fd 1: returns a close-on-exec duplicate of stdout and points fd 1 at
    /// stderr. Child processes started by a cell, and native code writing to fd 1, then land in the
    /// log instead of corrupting the event stream.
    /// </summary>
    public static int DetachStandardOutput()
    {
        var protocol = Fcntl(1, FDupFdCloexec, 3);
        if (protocol < 0 || Dup2(2, 1) < 0)
        {
            throw new InvalidOperationException($"Could not move the protocol stream off stdout (errno {Marshal.GetLastPInvokeError()}).");
        }

        return protocol;
    }
}
