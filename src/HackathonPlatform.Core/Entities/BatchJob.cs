namespace HackathonPlatform.Core.Entities;

/// <summary>
/// A group's batch job (a training run, a sweep) as the hub submitted it: enough to find it again in the
/// backend after a hub restart, to show it, and to account its GPU-hours (a usage record with source "job"
/// and owner key <see cref="UsageOwnerKey"/> while it runs).
/// </summary>
public class BatchJob
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The backend it went to: "local" or "slurm".</summary>
    public string Backend { get; set; } = "local";

    /// <summary>The backend's id (Slurm's job id; pid and start time of a local job); null until submitted.</summary>
    public string? BackendJobId { get; set; }

    /// <summary>The group that owns it.</summary>
    public int GroupId { get; set; }

    /// <summary>The group.</summary>
    public Group? Group { get; set; }

    /// <summary>The group's hackathon.</summary>
    public int HackathonId { get; set; }

    /// <summary>The account that submitted it.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The flavour's name.</summary>
    public string Flavour { get; set; } = "cpu";

    /// <summary>GPUs it asked for (the flavour's).</summary>
    public int GpuCount { get; set; }

    /// <summary>A name for people (the script's file name by default).</summary>
    public string Name { get; set; } = "";

    /// <summary>When the hub accepted it (UTC).</summary>
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>When its script started (UTC); null while pending.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When it ended (UTC); null until then.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>The state last observed.</summary>
    public BatchJobState State { get; set; }

    /// <summary>Why it waits (Slurm's reason), or how it ended, in words; empty when there is nothing to say.</summary>
    public string Reason { get; set; } = "";

    /// <summary>The script's exit code once ended, when the backend knows it.</summary>
    public int? ExitCode { get; set; }

    /// <summary>Its folder (script, output) as the hub sees it.</summary>
    public string WorkingDirectory { get; set; } = "";

    /// <summary>The file its output goes to, as the hub sees it; empty until submitted.</summary>
    public string LogPath { get; set; } = "";

    /// <summary>Whether it has ended (nothing more to observe).</summary>
    public bool HasEnded => State is BatchJobState.Completed or BatchJobState.Failed or BatchJobState.Cancelled;

    /// <summary>The owner key of its usage record: one record per job, so a group's concurrent jobs are counted apart.</summary>
    public string UsageOwnerKey => $"job-{Id}";
}
