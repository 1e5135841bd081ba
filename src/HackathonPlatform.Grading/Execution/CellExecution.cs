namespace HackathonPlatform.Grading.Execution;

/// <summary>The execution record of one cell.</summary>
/// <param name="CellIndex">The cell's position in the executed notebook.</param>
/// <param name="GradeId">The cell's nbgrader grade_id, or null.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Duration">Wall-clock time spent; zero when not run.</param>
public sealed record CellExecution(int CellIndex, string? GradeId, CellExecutionStatus Status, TimeSpan Duration);
