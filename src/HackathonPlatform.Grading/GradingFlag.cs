namespace HackathonPlatform.Grading;

/// <summary>A finding of the grading pipeline, shown to the tutor.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="GradeId">The cell concerned, or null for notebook-wide findings.</param>
/// <param name="Message">A sentence for the tutor.</param>
public sealed record GradingFlag(GradingFlagKind Kind, string? GradeId, string Message);
