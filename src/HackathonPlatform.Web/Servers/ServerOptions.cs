using HackathonPlatform.Spawning.Flavours;

namespace HackathonPlatform.Web.Servers;

/// <summary>Notebook servers, bound from the "Servers" configuration section.</summary>
public sealed class ServerOptions
{
    /// <summary>Backend: "local" (a process per server on this machine; the default), "slurm" or "kubernetes" (see Servers:Slurm, Servers:Kubernetes).</summary>
    public string Backend { get; set; } = "local";

    /// <summary>hackathon-notebook-server.dll; empty finds the one built beside the hub.</summary>
    public string? ServerPath { get; set; }

    /// <summary>hackathon-kernel.dll; empty finds the one built beside the hub.</summary>
    public string? KernelHostPath { get; set; }

    /// <summary>Servers without activity for this many minutes are stopped (0 turns culling off).</summary>
    public double IdleMinutes { get; set; } = 60;

    /// <summary>How often the culler looks, in seconds.</summary>
    public double CullIntervalSeconds { get; set; } = 60;

    /// <summary>
    /// How often the hub asks each running server's backend whether it still runs, in seconds (JupyterHub's
    /// poll_interval, also 30 s): a server killed behind the hub's back is marked stopped within this time.
    /// </summary>
    public double PollIntervalSeconds { get; set; } = 30;

    /// <summary>Seconds a server may take to answer after its start.</summary>
    public double StartTimeoutSeconds { get; set; } = 90;

    /// <summary>Wall-clock limit of one cell, in seconds (the kernel is restarted when it is exceeded).</summary>
    public double CellTimeoutSeconds { get; set; } = 600;

    /// <summary>Memory limit of a kernel, in MiB.</summary>
    public int MemoryMb { get; set; } = 2048;

    /// <summary>Sandbox of kernels: "auto" (bubblewrap when present), "bubblewrap" or "none".</summary>
    public string Sandbox { get; set; } = "auto";

    /// <summary>
    /// Stop servers when the hub process exits. Off in production, where servers outlive a hub restart and
    /// are re-attached; on in tests, so that a crashed test run leaves no server behind.
    /// </summary>
    public bool ExitWithHub { get; set; }

    /// <summary>Keep a kernel started ahead of the first notebook (faster first result).</summary>
    public bool WarmKernel { get; set; } = true;

    /// <summary>
    /// Flavours servers may run with (<c>Servers:Flavours:0:Name</c> ...). Empty: every server is "cpu" with no GPUs.
    /// A group gets the first flavour naming it, else the first naming its hackathon, else the default.
    /// </summary>
    public List<Flavour> Flavours { get; set; } = [];

    /// <summary>The flavour of groups no flavour names; null: the first configured one allowed to the group.</summary>
    public string? DefaultFlavour { get; set; }
}
