namespace HackathonPlatform.Grading.Late;

/// <summary>Loses <see cref="Percent"/> of the score per day late, a started day counting whole.</summary>
/// <param name="Percent">Percent of the score per day.</param>
public sealed record PercentPerDayLate(double Percent) : LatePolicy
{
    /// <inheritdoc />
    protected override double PenaltyWhenLate(double score, TimeSpan lateness) =>
        score * Percent / 100 * Math.Ceiling(lateness.TotalDays);
}
