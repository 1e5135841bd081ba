namespace HackathonPlatform.Web.Servers;

/// <summary>The values of <c>Servers:Backend</c>.</summary>
public static class ServerBackends
{
    /// <summary>A process per server on the hub's machine (the default).</summary>
    public const string Local = "local";

    /// <summary>A Slurm job per server, through slurmrestd (<c>Servers:Slurm</c>).</summary>
    public const string Slurm = "slurm";

    /// <summary>A pod per server (<c>Servers:Kubernetes</c>).</summary>
    public const string Kubernetes = "kubernetes";

    /// <summary>Every known backend.</summary>
    public static readonly IReadOnlyList<string> All = [Local, Slurm, Kubernetes];

    /// <summary>The backend a configured value names: case-insensitive, empty means <see cref="Local"/>.</summary>
    public static string Normalize(string? backend) => string.IsNullOrWhiteSpace(backend) ? Local : backend.Trim().ToLowerInvariant();

    /// <summary>Why the configured backend cannot be used, or null when it can.</summary>
    public static string? Problem(string? backend) => All.Contains(Normalize(backend))
        ? null
        : $"Servers:Backend is '{backend}', which is not a server backend. Use one of: {string.Join(", ", All)}.";
}
