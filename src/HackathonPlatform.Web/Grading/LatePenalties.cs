using HackathonPlatform.Grading.Exercises;
using HackathonPlatform.Grading.Late;

namespace HackathonPlatform.Web.Grading;

/// <summary>The exercise's late policy applied to one submission's lateness, as a function of its total points.</summary>
public static class LatePenalties
{
    /// <summary>The penalty function for a submission made at <paramref name="submittedAt"/>.</summary>
    public static Func<double, double> For(Exercise exercise, DateTimeOffset submittedAt)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var lateness = exercise.DueAt is { } due ? LatePolicy.Lateness(submittedAt, due) : TimeSpan.Zero;
        var policy = exercise.LatePolicy;
        return total => policy.Penalty(total, lateness);
    }
}
