namespace HackathonPlatform.Core.Entities;

/// <summary>
/// The durable queue entry of one submission. A worker claims it with a lease; a worker that dies
/// lets the lease expire and another one retries the job, up to a maximum number of attempts.
/// </summary>
public class GradingJob
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The submission to grade (one job per submission, requeued for regrades).</summary>
    public int SubmissionId { get; set; }

    /// <summary>The submission to grade.</summary>
    public Submission? Submission { get; set; }

    /// <summary>Where the job is.</summary>
    public GradingJobStatus Status { get; set; }

    /// <summary>Runs started since it was last queued.</summary>
    public int Attempts { get; set; }

    /// <summary>The worker holding the lease, or null.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>When the lease runs out (UTC); past it, another worker may take the job.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; set; }

    /// <summary>When it was (last) queued.</summary>
    public DateTimeOffset QueuedAt { get; set; }

    /// <summary>When it reached Succeeded or Failed.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The last error, for the tutor and the operator.</summary>
    public string? Error { get; set; }
}
