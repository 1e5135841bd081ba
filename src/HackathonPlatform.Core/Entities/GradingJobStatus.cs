namespace HackathonPlatform.Core.Entities;

/// <summary>The life of a <see cref="GradingJob"/>: Queued → Running → Succeeded or Failed (Running → Queued again on retry).</summary>
public enum GradingJobStatus
{
    /// <summary>Waiting for a worker.</summary>
    Queued,

    /// <summary>Claimed by a worker whose lease has not expired.</summary>
    Running,

    /// <summary>Graded; the result is stored.</summary>
    Succeeded,

    /// <summary>Gave up after the last attempt; <see cref="GradingJob.Error"/> says why.</summary>
    Failed,
}
