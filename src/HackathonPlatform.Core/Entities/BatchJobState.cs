namespace HackathonPlatform.Core.Entities;

/// <summary>The life cycle of a batch job as the hub shows it (the backend's own word is kept in <see cref="BatchJob.Reason"/>).</summary>
public enum BatchJobState
{
    /// <summary>Submitted; waiting in the queue (the reason says why) or not yet handed to the backend.</summary>
    Pending = 0,

    /// <summary>Its script runs; GPU-hours are counted from <see cref="BatchJob.StartedAt"/>.</summary>
    Running = 1,

    /// <summary>Ended with exit code 0.</summary>
    Completed = 2,

    /// <summary>Ended otherwise: a non-zero exit, a time or memory limit, a lost node, a refused submission.</summary>
    Failed = 3,

    /// <summary>Cancelled by a user before it ended.</summary>
    Cancelled = 4,
}
