using HackathonPlatform.Core.Entities;

namespace HackathonPlatform.Core.Grading;

/// <summary>The one place that turns cell points and manual grades into a result's final score.</summary>
public static class Scores
{
    /// <summary>
    /// Sets <see cref="GradeResult.LatePenalty"/>, <see cref="GradeResult.FinalScore"/> and
    /// <see cref="GradeResult.NeedsManualGrading"/>: a tutor's points replace a manual cell's automatic ones.
    /// </summary>
    /// <param name="result">The result to set.</param>
    /// <param name="manual">Tutors' grades of the submission.</param>
    /// <param name="cells">The autograder's cell results.</param>
    /// <param name="latePenalty">The late policy: points taken off a total.</param>
    public static void Apply(GradeResult result, IReadOnlyCollection<ManualGrade> manual, IReadOnlyList<CellResult> cells, Func<double, double> latePenalty)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(manual);
        ArgumentNullException.ThrowIfNull(cells);
        var given = manual.Where(m => m.Points is not null).ToDictionary(m => m.GradeId, m => m.Points!.Value, StringComparer.Ordinal);
        var total = cells.Sum(c => c.IsManual && given.TryGetValue(c.GradeId, out var p) ? p : c.Points ?? 0);
        (result.LatePenalty, result.FinalScore) = Penalise(total, latePenalty);
        result.NeedsManualGrading = cells.Any(c => c.IsManual && c.Points is null && !given.ContainsKey(c.GradeId));
    }

    /// <summary>
    /// The late penalty on <paramref name="total"/> points, kept within [0, total], and what remains. The stored
    /// final score plus the penalty is therefore always the total the penalty was taken from.
    /// </summary>
    /// <param name="total">Automatic and manual points together.</param>
    /// <param name="latePenalty">The late policy: points taken off a total.</param>
    /// <returns>The penalty and the final score.</returns>
    public static (double Penalty, double Final) Penalise(double total, Func<double, double> latePenalty)
    {
        ArgumentNullException.ThrowIfNull(latePenalty);
        var penalty = total <= 0 ? 0 : Math.Clamp(latePenalty(total), 0, total);
        return (penalty, Math.Max(0, total - penalty));
    }
}
