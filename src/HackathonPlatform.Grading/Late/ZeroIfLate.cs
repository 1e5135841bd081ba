namespace HackathonPlatform.Grading.Late;

/// <summary>A late submission scores zero (nbgrader's default late plugin).</summary>
public sealed record ZeroIfLate : LatePolicy
{
    /// <inheritdoc />
    protected override double PenaltyWhenLate(double score, TimeSpan lateness) => score;
}
