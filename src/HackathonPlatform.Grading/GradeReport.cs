using HackathonPlatform.Notebooks;

namespace HackathonPlatform.Grading;

/// <summary>The result of grading one submission.</summary>
/// <param name="Cells">One entry per graded cell, in notebook order.</param>
/// <param name="Flags">Every finding, notebook-wide and per cell.</param>
/// <param name="LatePenalty">Points subtracted for lateness (0 when on time).</param>
/// <param name="Graded">
/// The executed, sanitized notebook, or null when the submission was unreadable. It holds the
/// hidden tests: render it for students only through <see cref="Feedback.FeedbackRenderer"/>.
/// </param>
/// <param name="Error">Why nothing could be graded, or null.</param>
public sealed record GradeReport(
    IReadOnlyList<CellGrade> Cells,
    IReadOnlyList<GradingFlag> Flags,
    double LatePenalty,
    Notebook? Graded,
    string? Error)
{
    /// <summary>The points the exercise is worth.</summary>
    public double MaxPoints => Cells.Sum(c => c.MaxPoints);

    /// <summary>Points earned automatically (cells awaiting a tutor count nothing yet).</summary>
    public double AutoPoints => Cells.Sum(c => c.Points ?? 0);

    /// <summary>The score so far: automatic points less the late penalty, never negative.</summary>
    public double Score => Math.Max(0, AutoPoints - LatePenalty);

    /// <summary>Whether some cells wait for a tutor.</summary>
    public bool NeedsManualGrading => Cells.Any(c => c.Points is null);

    /// <summary>A report for a submission that could not be graded at all.</summary>
    /// <param name="error">Why.</param>
    /// <param name="flags">The findings so far.</param>
    /// <returns>A report without cells.</returns>
    public static GradeReport Failed(string error, IReadOnlyList<GradingFlag> flags) => new([], flags, 0, null, error);
}
