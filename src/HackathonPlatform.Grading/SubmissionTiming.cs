namespace HackathonPlatform.Grading;

/// <summary>When a submission arrived, against its deadline.</summary>
/// <param name="SubmittedAt">The time the hub stored it.</param>
/// <param name="Deadline">The exercise's deadline, or null for none.</param>
public sealed record SubmissionTiming(DateTimeOffset SubmittedAt, DateTimeOffset? Deadline);
