using HackathonPlatform.Grading.Scoring;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading;

/// <summary>One graded cell in a <see cref="GradeReport"/>.</summary>
/// <param name="GradeId">The cell's grade_id.</param>
/// <param name="Kind">Tests, manually graded answer or task.</param>
/// <param name="Points">Points earned, or null while a tutor has to decide.</param>
/// <param name="MaxPoints">Points the cell is worth.</param>
/// <param name="Status">Why it got those points.</param>
/// <param name="Flags">Findings about this cell.</param>
/// <param name="Output">
/// A plain-text summary of the cell's output (errors, printed text, result), or null for cells
/// with hidden tests, whose output could reveal them.
/// </param>
/// <param name="HasHiddenTests">Whether the cell holds hidden tests: students see pass/fail and points only.</param>
public sealed record CellGrade(
    string GradeId,
    NbgraderCellKind Kind,
    double? Points,
    double MaxPoints,
    CellGradeStatus Status,
    IReadOnlyList<GradingFlag> Flags,
    string? Output,
    bool HasHiddenTests);
