using HackathonPlatform.Core.Entities;

namespace HackathonPlatform.Core.Grading;

/// <summary>The one place that turns cell points and manual grades into a result's final score.</summary>
internal static class Scores
{
    /// <summary>
    /// Sets <see cref="GradeResult.LatePenalty"/>, <see cref="GradeResult.FinalScore"/> and
    /// <see cref="GradeResult.NeedsManualGrading"/>: a tutor's points replace a manual cell's automatic ones.
    /// </summary>
    public static void Apply(GradeResult result, IReadOnlyCollection<ManualGrade> manual, IReadOnlyList<CellResult> cells, Func<double, double> latePenalty)
    {
        var given = manual.Where(m => m.Points is not null).ToDictionary(m => m.GradeId, m => m.Points!.Value, StringComparer.Ordinal);
        var total = cells.Sum(c => c.IsManual && given.TryGetValue(c.GradeId, out var p) ? p : c.Points ?? 0);
        result.LatePenalty = total <= 0 ? 0 : Math.Clamp(latePenalty(total), 0, total);
        result.FinalScore = Math.Max(0, total - result.LatePenalty);
        result.NeedsManualGrading = cells.Any(c => c.IsManual && c.Points is null && !given.ContainsKey(c.GradeId));
    }
}
