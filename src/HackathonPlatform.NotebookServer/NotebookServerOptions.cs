using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.NotebookServer;

/// <summary>
/// Settings, from the command line (<c>--workspace DIR --port N --token T --base-path /servers/g/</c>)
/// or environment variables prefixed <c>HACKATHON_NOTEBOOK_</c> (prefer <c>HACKATHON_NOTEBOOK_TOKEN</c>
/// for the secret: a command line is visible to every local user).
/// </summary>
public sealed class NotebookServerOptions
{
    public string Workspace { get; set; } = "";

    /// <summary>Loopback port; 0 picks a free one (printed on stdout as "listening on URL").</summary>
    public int Port { get; set; }

    /// <summary>The secret every request must carry.</summary>
    public string Token { get; set; } = "";

    /// <summary>The prefix the hub's proxy keeps, e.g. <c>/servers/group-7/</c>; requests work with or without it.</summary>
    public string BasePath { get; set; } = "/";

    /// <summary>The kernel host; null finds it (<see cref="KernelHostLocator"/>).</summary>
    public string? KernelHost { get; set; }

    /// <summary>The Q# kernel script (quantum/qsharp-kernel.mjs); null finds it (<see cref="QsharpKernelLocator"/>).</summary>
    public string? QsharpKernel { get; set; }

    /// <summary>Address to listen on; loopback unless a cluster backend needs the pod address.</summary>
    public string Address { get; set; } = "127.0.0.1";

    public double CellTimeoutSeconds { get; set; } = 600;

    public int MemoryMb { get; set; } = 2048;

    public int MaxProcesses { get; set; } = 256;

    public int CpuSeconds { get; set; } = 3600;

    public SandboxMode Sandbox { get; set; } = SandboxMode.Auto;

    /// <summary>Uid the kernels run as when the server is root (one per server: the process limit is per group).</summary>
    public int? SandboxUserId { get; set; }

    /// <summary>Comma-separated folders kernels must not see (the hub's data directory).</summary>
    public string HiddenPaths { get; set; } = "";

    /// <summary>The built front end (index.html and its assets); null finds it (<see cref="NotebookUi.Locate"/>).</summary>
    public string? Ui { get; set; }

    /// <summary>Kernels running at once (each holds ~250 MB); more is refused with 503.</summary>
    public int MaxKernels { get; set; } = 8;

    /// <summary>Minutes without a cell after which a kernel is shut down; 0 never.</summary>
    public double KernelIdleMinutes { get; set; } = 60;

    /// <summary>Stop when this process (the hub, a test) is gone; null: outlive it.</summary>
    public int? ParentPid { get; set; }

    /// <summary>Keep one kernel started ahead of demand, to cut start-to-first-result.</summary>
    public bool WarmKernel { get; set; } = true;

    public KernelProcessOptions KernelOptions(string hostPath) => new()
    {
        HostPath = hostPath,
        WorkingDirectory = Workspace,
        Sandbox = Sandbox,
        SandboxUserId = SandboxUserId,
        HiddenPaths = [.. HiddenPaths.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Limits = KernelLimits.Default with
        {
            CellTimeout = TimeSpan.FromSeconds(CellTimeoutSeconds),
            MemoryBytes = MemoryMb * 1024L * 1024,
            MaxProcesses = MaxProcesses,
            CpuSeconds = CpuSeconds,
        },
    };
}
