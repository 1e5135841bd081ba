namespace HackathonPlatform.Spawning.Flavours;

/// <summary>
/// One kind of server or batch job an organiser offers (CPU, T4, A100 ...), in the shape of
/// KubeSpawner's <c>profile_list</c> entries: what to run, how big, where (Kubernetes node
/// selectors and tolerations, Slurm partition, gres and account), and who may use it. Pure data,
/// bound from configuration (<c>Flavours:Items:0:Name</c> ...); check it with <see cref="FlavourValidator"/>.
/// </summary>
public sealed record Flavour
{
    /// <summary>Unique key, lower-case letters, digits and dashes (<c>gpu-a100</c>): used in URLs, labels and job names.</summary>
    public required string Name { get; init; }

    /// <summary>What users see in the flavour list, e.g. "One A100, 8 cores, 32 GB".</summary>
    public string Description { get; init; } = "";

    /// <summary>The container image (Kubernetes); null means the backend's default image.</summary>
    public string? Image { get; init; }

    /// <summary>
    /// A command run before the server on batch systems (Slurm), e.g. <c>module load cuda/12</c>;
    /// on Kubernetes it replaces the image's entrypoint when set.
    /// </summary>
    public string? Command { get; init; }

    /// <summary>CPU cores (fractions allowed on Kubernetes; rounded up to whole cores on Slurm).</summary>
    public double Cpu { get; init; } = 1;

    /// <summary>Memory in MiB (the limit on Kubernetes, <c>--mem</c> on Slurm).</summary>
    public int MemoryMb { get; init; } = 2048;

    /// <summary>GPUs per server or job; 0 for CPU-only flavours.</summary>
    public int GpuCount { get; init; }

    /// <summary>The GPU model when it matters (<c>a100</c>, <c>t4</c>): Slurm gres type, Kubernetes node label value.</summary>
    public string? GpuModel { get; init; }

    /// <summary>
    /// The Kubernetes extended resource that counts GPUs: <c>nvidia.com/gpu</c>, or a MIG slice such
    /// as <c>nvidia.com/mig-1g.10gb</c>.
    /// </summary>
    public string GpuResource { get; init; } = "nvidia.com/gpu";

    /// <summary>Kubernetes node labels the pod must match.</summary>
    public IReadOnlyDictionary<string, string> NodeSelector { get; init; } = new Dictionary<string, string>();

    /// <summary>Kubernetes taints the pod tolerates (GPU nodes are usually tainted).</summary>
    public IReadOnlyList<FlavourToleration> Tolerations { get; init; } = [];

    /// <summary>The Kueue LocalQueue (label <c>kueue.x-k8s.io/queue-name</c>); null: not queued by Kueue.</summary>
    public string? KueueQueue { get; init; }

    /// <summary>The Slurm partition; null: the cluster's default partition.</summary>
    public string? Partition { get; init; }

    /// <summary>
    /// The Slurm gres request, e.g. <c>gpu:a100:1</c>; null derives it from <see cref="GpuCount"/>
    /// and <see cref="GpuModel"/> (see <see cref="SlurmGres"/>).
    /// </summary>
    public string? Gres { get; init; }

    /// <summary>The Slurm account jobs are charged to; null: the user's default account.</summary>
    public string? Account { get; init; }

    /// <summary>Wall-clock limit of a server or job; Slurm's <c>--time</c>. Null: the partition's limit.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Hackathon slugs that may use this flavour; empty: every hackathon.</summary>
    public IReadOnlyList<string> Hackathons { get; init; } = [];

    /// <summary>Group names that may use this flavour; empty: every group (of the allowed hackathons).</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>The gres string Slurm gets, or null for CPU-only flavours.</summary>
    public string? SlurmGres => Gres ?? (GpuCount <= 0 ? null : GpuModel is { Length: > 0 } model ? $"gpu:{model}:{GpuCount}" : $"gpu:{GpuCount}");

    /// <summary>Whole CPU cores for batch systems (a fraction is rounded up: a job cannot have half a core).</summary>
    public int WholeCpus => Math.Max(1, (int)Math.Ceiling(Cpu));

    /// <summary>Whether a hackathon's group may use this flavour (kubespawner#589: per-group restrictions).</summary>
    /// <param name="hackathon">The hackathon's slug; null for personal servers outside a hackathon.</param>
    /// <param name="group">The group's name; null for personal servers.</param>
    /// <returns>True when allowed.</returns>
    public bool IsAllowedFor(string? hackathon, string? group) =>
        (Hackathons.Count == 0 || (hackathon is not null && Hackathons.Contains(hackathon, StringComparer.OrdinalIgnoreCase)))
        && (Groups.Count == 0 || (group is not null && Groups.Contains(group, StringComparer.OrdinalIgnoreCase)));
}
