namespace HackathonPlatform.Grading.Late;

/// <summary>Forgives lateness up to <see cref="Grace"/>; past it, <see cref="After"/> applies to the full lateness.</summary>
/// <param name="Grace">Lateness forgiven (e.g. 15 minutes for upload delays).</param>
/// <param name="After">The policy past the grace period.</param>
public sealed record GracePeriodLate(TimeSpan Grace, LatePolicy After) : LatePolicy
{
    /// <inheritdoc />
    protected override double PenaltyWhenLate(double score, TimeSpan lateness) =>
        lateness <= Grace ? 0 : After.Penalty(score, lateness);
}
