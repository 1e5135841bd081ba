using HackathonPlatform.Core.Entities;

namespace HackathonPlatform.Core.Grading;

/// <summary>A submission in a list: everything but the notebook, the graded notebook and the feedback page.</summary>
public sealed record SubmissionSummary
{
    /// <summary>The submission's id.</summary>
    public int Id { get; init; }

    /// <summary>The exercise.</summary>
    public string ExerciseId { get; init; } = "";

    /// <summary>The hackathon, or null.</summary>
    public int? HackathonId { get; init; }

    /// <summary>The group, or null.</summary>
    public int? GroupId { get; init; }

    /// <summary>The individual owner, or null.</summary>
    public string? UserId { get; init; }

    /// <summary>group-{id} or user-{id}.</summary>
    public string OwnerKey { get; init; } = "";

    /// <summary>The submitter's display name.</summary>
    public string SubmitterName { get; init; } = "";

    /// <summary>When it was stored.</summary>
    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>1, 2, 3 ... per owner.</summary>
    public int Attempt { get; init; }

    /// <summary>After the deadline.</summary>
    public bool IsLate { get; init; }

    /// <summary>SHA-256 of the stored bytes.</summary>
    public string Sha256 { get; init; } = "";

    /// <summary>The grading job's state.</summary>
    public GradingJobStatus JobStatus { get; init; }

    /// <summary>The job's last error.</summary>
    public string? JobError { get; init; }

    /// <summary>The result, or null before grading finished.</summary>
    public ResultSummary? Result { get; init; }
}
