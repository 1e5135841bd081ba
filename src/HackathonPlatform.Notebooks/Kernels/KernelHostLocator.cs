namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>Finds the kernel host program (<c>hackathon-kernel.dll</c>) for programs that start kernels.</summary>
public static class KernelHostLocator
{
    /// <summary>The environment variable that names the host explicitly.</summary>
    public const string EnvironmentVariable = "HACKATHON_KERNEL_HOST";

    /// <summary>
    /// The host: <see cref="EnvironmentVariable"/> when set; else <c>hackathon-kernel.dll</c> beside
    /// the calling program; else the newer of this repository's ReadyToRun publish
    /// (<c>artifacts/publish/HackathonPlatform.KernelHost/release_linux-x64/</c>, cold start ~40% shorter)
    /// and its build (<c>artifacts/bin/HackathonPlatform.KernelHost/&lt;config&gt;/</c>, next to the caller's
    /// own folder). Taking the newer one means a stale publish never hides a fresh build.
    /// </summary>
    /// <returns>The full path of the host, or null when none is found.</returns>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var beside = Path.Combine(here, "hackathon-kernel.dll");
        if (File.Exists(beside))
        {
            return beside;
        }

        // artifacts/bin/<Project>/<config>/ -> artifacts/bin/HackathonPlatform.KernelHost/<config>/
        var config = Path.GetFileName(here);
        var bin = Path.GetDirectoryName(Path.GetDirectoryName(here));
        if (bin is null)
        {
            return null;
        }

        var candidates = new[]
        {
            Path.Combine(bin, "..", "publish", "HackathonPlatform.KernelHost", "release_linux-x64", "hackathon-kernel.dll"),
            Path.Combine(bin, "HackathonPlatform.KernelHost", config, "hackathon-kernel.dll"),
        };
        return candidates.Where(File.Exists).Select(Path.GetFullPath).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
    }
}
