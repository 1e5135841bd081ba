using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Scoring;

/// <summary>The automatic score of one graded cell.</summary>
/// <param name="GradeId">The cell's grade_id.</param>
/// <param name="Kind">Tests, manually graded answer or task.</param>
/// <param name="Points">Points earned, or null while a tutor has to decide.</param>
/// <param name="MaxPoints">Points the cell is worth.</param>
/// <param name="Status">Why it got those points.</param>
public sealed record CellScore(string GradeId, NbgraderCellKind Kind, double? Points, double MaxPoints, CellGradeStatus Status);
