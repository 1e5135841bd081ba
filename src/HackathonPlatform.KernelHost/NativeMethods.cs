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
