namespace HackathonPlatform.Core.Grading;

/// <summary>A tutor's points and comment for one cell.</summary>
/// <param name="GradeId">The cell's grade_id.</param>
/// <param name="Points">Points, or null for a comment only.</param>
/// <param name="Comment">Feedback for the participant; may be empty.</param>
public sealed record ManualGradeInput(string GradeId, double? Points, string? Comment);
