using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// Builds the command line of a kernel: <c>prlimit [limits] -- bwrap [mounts] -- setpriv [uid] --
/// dotnet hackathon-kernel.dll</c>, each wrapper present only where it is available and needed,
/// with an environment built from nothing plus an allow-list.
/// </summary>
internal static class KernelLaunch
{
    private const string SandboxTemp = "/tmp";

    /// <param name="options">What to run and its limits.</param>
    /// <param name="isolation">The isolation planned for it.</param>
    /// <param name="tempDirectory">Its home outside bubblewrap.</param>
    /// <param name="programArguments">The host's arguments; null: the kernel host's own (<c>--max-output-bytes</c>).</param>
    public static ProcessStartInfo Create(KernelProcessOptions options, KernelIsolation isolation, string tempDirectory, IReadOnlyList<string>? programArguments = null)
    {
        var limits = options.Limits;
        var command = new List<string>();
        if (isolation.ResourceLimits)
        {
            command.AddRange([KernelSandbox.FindTool("prlimit")!, "--core=0:0"]);
            AddLimit(command, "as", limits.MemoryBytes > 0 && limits.AddressSpaceOverheadBytes > 0 ? limits.MemoryBytes + limits.AddressSpaceOverheadBytes : 0);
            AddLimit(command, "cpu", limits.CpuSeconds);
            AddLimit(command, "nproc", limits.MaxProcesses);
            AddLimit(command, "fsize", limits.MaxFileBytes);
            command.Add("--");
        }

        var home = isolation.Bubblewrap ? SandboxTemp : tempDirectory;
        if (isolation.Bubblewrap)
        {
            command.AddRange(BubblewrapArguments(options, limits));
        }

        if (isolation.UserId is { } uid)
        {
            var id = uid.ToString(CultureInfo.InvariantCulture);
            command.AddRange([KernelSandbox.FindTool("setpriv")!, $"--reuid={id}", $"--regid={id}", "--clear-groups", "--no-new-privs", "--"]);
        }

        var host = Path.GetFullPath(options.HostPath);
        if (host.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            command.Add(DotnetPath(options));
        }

        command.Add(host);
        command.AddRange(programArguments ?? ["--max-output-bytes", limits.MaxOutputBytesPerCell.ToString(CultureInfo.InvariantCulture)]);
        var info = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = options.WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        command.Skip(1).ToList().ForEach(info.ArgumentList.Add);
        info.Environment.Clear();
        foreach (var (key, value) in Environment(options, home))
        {
            info.Environment[key] = value;
        }

        return info;
    }

    public static string DotnetPath(KernelProcessOptions options)
    {
        if (options.DotnetPath is { } configured)
        {
            return configured;
        }

        // The SDK sets DOTNET_HOST_PATH for tests and tools; otherwise the runtime folder is
        // <root>/shared/Microsoft.NETCore.App/<version>/ and the muxer sits in <root>.
        var fromSdk = System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return fromSdk is { Length: > 0 } && File.Exists(fromSdk)
            ? fromSdk
            : Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", "dotnet"));
    }

    private static Dictionary<string, string> Environment(KernelProcessOptions options, string home)
    {
        var dotnetRoot = Path.GetDirectoryName(DotnetPath(options))!;
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = "/usr/local/bin:/usr/bin:/bin",
            ["LANG"] = "C.UTF-8",
            ["HOME"] = home,
            ["TMPDIR"] = home,
            ["DOTNET_ROOT"] = dotnetRoot,
            ["DOTNET_CLI_HOME"] = home,
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_gcServer"] = "0",
        };
        if (options.Limits.MemoryBytes > 0)
        {
            // The managed heap limit turns a huge allocation into an OutOfMemoryException in the
            // cell, instead of a dead process, and keeps the runtime's reservation small enough
            // for the address-space rlimit to be usable at all.
            env["DOTNET_GCHeapHardLimit"] = options.Limits.MemoryBytes.ToString("X", CultureInfo.InvariantCulture);
        }

        foreach (var (key, value) in options.Environment)
        {
            env[key] = value;
        }

        return env;
    }

    private static List<string> BubblewrapArguments(KernelProcessOptions options, KernelLimits limits)
    {
        var args = new List<string>
        {
            KernelSandbox.FindTool("bwrap")!, "--die-with-parent", "--new-session",
            "--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
            "--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc",
        };
        foreach (var top in new[] { "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32" })
        {
            var link = new FileInfo(top).LinkTarget;
            if (link is not null)
            {
                args.AddRange(["--symlink", link, top]);
            }
            else if (Directory.Exists(top))
            {
                args.AddRange(["--ro-bind", top, top]);
            }
        }

        // The private /tmp comes first: bubblewrap applies mounts in order, so a later tmpfs would hide
        // programs or a workspace that live under the real /tmp (a CI checkout, a test's data folder).
        args.AddRange(["--proc", "/proc", "--dev", "/dev"]);
        if (limits.TempBytes > 0)
        {
            args.AddRange(["--size", limits.TempBytes.ToString(CultureInfo.InvariantCulture)]);
        }

        args.AddRange(["--perms", "1777", "--tmpfs", SandboxTemp]);
        var dotnetRoot = Path.GetDirectoryName(DotnetPath(options))!;
        var workspace = Path.GetFullPath(options.WorkingDirectory);
        var mounted = new List<string> { "/usr", "/etc" };
        var host = Path.GetFullPath(options.HostPath);
        foreach (var path in new[] { dotnetRoot, Path.GetDirectoryName(host)! }.Concat(ScriptHostMounts.For(host)).Concat(options.ReadOnlyPaths))
        {
            Mount(args, mounted, "--ro-bind", Path.GetFullPath(path));
        }

        mounted.Add(SandboxTemp);
        Mount(args, mounted, "--bind", workspace);
        // Only what is mounted can be seen; a hidden folder inside a mount is covered by an empty one.
        foreach (var hidden in options.HiddenPaths.Select(Path.GetFullPath).Where(Directory.Exists))
        {
            if (mounted.Any(m => Covers(m, hidden)))
            {
                args.AddRange(["--tmpfs", hidden]);
            }
        }

        args.AddRange(["--chdir", workspace, "--"]);
        return args;
    }

    /// <summary>
    /// Binds a folder at the same path. Its parents are created first with mode 0755: bubblewrap
    /// would make them 0700, which a kernel dropped from root to another uid cannot traverse.
    /// </summary>
    private static void Mount(List<string> args, List<string> mounted, string kind, string path)
    {
        if (kind == "--ro-bind" && mounted.Any(m => m == path || Covers(m, path)))
        {
            return;
        }

        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < parts.Length; i++)
        {
            var parent = "/" + string.Join('/', parts[..i]);
            if (!mounted.Any(m => m == parent || Covers(m, parent)) && !args.Contains(parent))
            {
                args.AddRange(["--perms", "0755", "--dir", parent]);
            }
        }

        args.AddRange([kind, path, path]);
        mounted.Add(path);
    }

    private static bool Covers(string mount, string path) =>
        path.StartsWith(mount.TrimEnd('/') + "/", StringComparison.Ordinal);

    private static void AddLimit(List<string> command, string name, long value)
    {
        if (value > 0)
        {
            command.Add(string.Create(CultureInfo.InvariantCulture, $"--{name}={value}:{value}"));
        }
    }
}
