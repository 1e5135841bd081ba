namespace HackathonPlatform.Grading.Late;

/// <summary>Late submissions are accepted without penalty.</summary>
public sealed record NoLatePenalty : LatePolicy
{
    /// <inheritdoc />
    protected override double PenaltyWhenLate(double score, TimeSpan lateness) => 0;
}
