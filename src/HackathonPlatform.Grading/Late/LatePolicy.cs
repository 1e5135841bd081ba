namespace HackathonPlatform.Grading.Late;

/// <summary>
/// How a late submission is penalised. Pure: the penalty depends only on the score and how late
/// the submission is. A penalty is in points, between 0 and the score (never negative scores).
/// </summary>
public abstract record LatePolicy
{
    /// <summary>No penalty, however late.</summary>
    public static LatePolicy None { get; } = new NoLatePenalty();

    /// <summary>Any lateness costs the whole score.</summary>
    public static LatePolicy Zero { get; } = new ZeroIfLate();

    /// <summary>A percentage of the score per started day late.</summary>
    /// <param name="percent">Percent of the score per day, e.g. 10.</param>
    /// <returns>The policy.</returns>
    public static LatePolicy PercentPerDay(double percent) => new PercentPerDayLate(percent);

    /// <summary>No penalty within <paramref name="grace"/>, then <paramref name="after"/>.</summary>
    /// <param name="grace">Lateness forgiven.</param>
    /// <param name="after">The policy past the grace period, lateness still counted from the deadline.</param>
    /// <returns>The policy.</returns>
    public static LatePolicy GracePeriod(TimeSpan grace, LatePolicy after) => new GracePeriodLate(grace, after);

    /// <summary>How late a submission is: zero when on time.</summary>
    /// <param name="submittedAt">When it was submitted.</param>
    /// <param name="deadline">The deadline.</param>
    /// <returns>The lateness, never negative.</returns>
    public static TimeSpan Lateness(DateTimeOffset submittedAt, DateTimeOffset deadline) =>
        submittedAt > deadline ? submittedAt - deadline : TimeSpan.Zero;

    /// <summary>The points to subtract.</summary>
    /// <param name="score">The score before the penalty (not negative).</param>
    /// <param name="lateness">How late; zero or negative means on time.</param>
    /// <returns>A penalty in [0, <paramref name="score"/>].</returns>
    public double Penalty(double score, TimeSpan lateness) =>
        lateness <= TimeSpan.Zero || score <= 0 ? 0 : Math.Clamp(PenaltyWhenLate(score, lateness), 0, score);

    /// <summary>The penalty for a positive lateness, before clamping.</summary>
    /// <param name="score">The positive score.</param>
    /// <param name="lateness">The positive lateness.</param>
    /// <returns>The penalty in points.</returns>
    protected abstract double PenaltyWhenLate(double score, TimeSpan lateness);
}
