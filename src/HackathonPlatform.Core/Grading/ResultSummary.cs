namespace HackathonPlatform.Core.Grading;

/// <summary>The scores of a <see cref="Entities.GradeResult"/> without the graded notebook and the feedback page.</summary>
/// <param name="AutoScore">Points from tests.</param>
/// <param name="MaxScore">Points the exercise is worth.</param>
/// <param name="LatePenalty">Points subtracted for lateness.</param>
/// <param name="FinalScore">The score with manual points and penalty.</param>
/// <param name="NeedsManualGrading">A tutor still has to grade some cell.</param>
/// <param name="Flags">Comma-separated flag names.</param>
/// <param name="Error">Why nothing could be graded, or null.</param>
/// <param name="GradedAt">When the autograder finished.</param>
/// <param name="ReleasedAt">When released to participants, or null.</param>
/// <param name="CellsJson">Per-cell results (see <see cref="CellResult"/>).</param>
public sealed record ResultSummary(
    double AutoScore,
    double MaxScore,
    double LatePenalty,
    double FinalScore,
    bool NeedsManualGrading,
    string Flags,
    string? Error,
    DateTimeOffset GradedAt,
    DateTimeOffset? ReleasedAt,
    string CellsJson)
{
    /// <summary>The flag names as a list.</summary>
    public IReadOnlyList<string> FlagList => Flags.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The per-cell results.</summary>
    public IReadOnlyList<CellResult> Cells => CellResult.Deserialize(CellsJson);
}
