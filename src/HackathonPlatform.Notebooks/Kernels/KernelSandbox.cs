using System.Diagnostics;

namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>Detects, once per process, which isolation tools work on this machine.</summary>
public static class KernelSandbox
{
    private static readonly Lazy<bool> BubblewrapWorks = new(ProbeBubblewrap);
    private static readonly string[] SystemFolders = ["/usr/bin", "/bin", "/usr/sbin", "/sbin", "/usr/local/bin"];

    /// <summary>Whether bubblewrap is installed and can create the namespaces a kernel needs here.</summary>
    public static bool IsBubblewrapAvailable => BubblewrapWorks.Value;

    /// <summary>Whether <c>prlimit</c> (util-linux) is installed.</summary>
    public static bool IsPrlimitAvailable => FindTool("prlimit") is not null;

    /// <summary>Whether <c>setpriv</c> (util-linux) is installed, to drop root before running user code.</summary>
    public static bool IsSetprivAvailable => FindTool("setpriv") is not null;

    /// <summary>Finds a program in the standard system folders (not the caller's PATH, which may be hostile).</summary>
    /// <param name="name">The program's name.</param>
    /// <returns>Its full path, or null.</returns>
    public static string? FindTool(string name) =>
        SystemFolders.Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);

    private static bool ProbeBubblewrap()
    {
        if (!OperatingSystem.IsLinux() || FindTool("bwrap") is not { } bwrap)
        {
            return false;
        }

        try
        {
            // The same namespaces as a real kernel: some containers forbid them even when bwrap exists.
            var info = new ProcessStartInfo(bwrap)
            {
                ArgumentList = { "--ro-bind", "/", "/", "--proc", "/proc", "--dev", "/dev", "--unshare-net", "--unshare-pid", "--unshare-ipc", "--die-with-parent", "true" },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            using var process = Process.Start(info)!;
            if (!process.WaitForExit(10_000))
            {
                process.Kill(true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
