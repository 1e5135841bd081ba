using HackathonPlatform.Spawning.Flavours;

namespace HackathonPlatform.Spawning.Slurm;

/// <summary>How <see cref="SlurmSpawner"/> runs one group's notebook server as a Slurm job.</summary>
public sealed record SlurmSpawnerOptions
{
    /// <summary>slurmrestd.</summary>
    public required SlurmRestOptions Rest { get; init; }

    /// <summary>The size and placement (partition, gres, account, CPUs, memory, time limit, setup command).</summary>
    public required Flavour Flavour { get; init; }

    /// <summary>The server program as the compute node sees it (a shared file system).</summary>
    public required string ServerPath { get; init; }

    /// <summary>The group's workspace as the compute node sees it; created by the hub when missing.</summary>
    public required string Workspace { get; init; }

    /// <summary>The prefix the hub proxies, e.g. <c>/servers/group-7/</c>.</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>The <c>dotnet</c> on the compute nodes, for a .dll server.</summary>
    public string DotnetPath { get; init; } = "dotnet";

    /// <summary>The job name (visible in squeue).</summary>
    public string JobName { get; init; } = "hackathon-server";

    /// <summary>Where the job's output goes; null: <c>.slurm-%j.log</c> beside the workspace.</summary>
    public string? OutputFile { get; init; }

    /// <summary>The job script template (see <see cref="SlurmServerScript.DefaultTemplate"/> for the placeholders).</summary>
    public string ScriptTemplate { get; init; } = SlurmServerScript.DefaultTemplate;

    /// <summary>Shell code that prints the address the hub reaches the node at.</summary>
    public string HostCommand { get; init; } = "hostname -f";

    /// <summary>The interface the server listens on inside the node (all, by default: the hub is elsewhere; the token guards it).</summary>
    public string ListenAddress { get; init; } = "0.0.0.0";

    /// <summary>Whether the server pre-starts a kernel.</summary>
    public bool WarmKernel { get; init; } = true;

    /// <summary>Further server arguments.</summary>
    public IReadOnlyList<string> ServerArguments { get; init; } = [];

    /// <summary>The job's environment besides PATH, HOME, LANG and the token (e.g. SLURM_CONF, DOTNET_ROOT).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>How long a job may wait in the queue before the start fails (and the job is cancelled).</summary>
    public TimeSpan QueueTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a running job's server may take to answer.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>How often the job is polled while starting.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a stop waits for Slurm to end the job.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
