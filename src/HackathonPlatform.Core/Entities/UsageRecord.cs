namespace HackathonPlatform.Core.Entities;

/// <summary>
/// One stretch of compute use: a notebook server from Ready to stopped, or a batch job from start to end.
/// Open (no <see cref="StoppedAt"/>) while it runs; GPU-hours are <see cref="GpuCount"/> × its duration.
/// </summary>
public class UsageRecord
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>"server" or "job" (see <see cref="UsageSources"/>).</summary>
    public string Source { get; set; } = UsageSources.Server;

    /// <summary>The account that started it, when known.</summary>
    public string? UserId { get; set; }

    /// <summary>The group it ran for, or null for a personal server.</summary>
    public int? GroupId { get; set; }

    /// <summary>The group's hackathon, or null outside a hackathon.</summary>
    public int? HackathonId { get; set; }

    /// <summary>The server's owner key ("group-{id}" or "user-{id}").</summary>
    public string OwnerKey { get; set; } = "";

    /// <summary>The flavour's name (e.g. "cpu", "gpu-a100").</summary>
    public string Flavour { get; set; } = "cpu";

    /// <summary>GPUs held while it ran (0 for CPU-only flavours).</summary>
    public int GpuCount { get; set; }

    /// <summary>When it started running (UTC).</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When it stopped (UTC); null while it runs.</summary>
    public DateTimeOffset? StoppedAt { get; set; }
}
