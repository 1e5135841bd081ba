using HackathonPlatform.Core.Grading;

namespace HackathonPlatform.Web.Grading;

/// <summary>Whether an exercise's stored grades predate a change of its tests, for the "Regrade all" notice.</summary>
/// <param name="Submissions">How many submissions there are.</param>
/// <param name="Stale">How many were graded before <paramref name="TestsChangedAt"/> (and are not queued again yet).</param>
/// <param name="TestsChangedAt">When a reload in this hub process found the tests changed, or null.</param>
public sealed record RegradeStatus(int Submissions, int Stale, DateTimeOffset? TestsChangedAt)
{
    /// <summary>
    /// Compares each result's grading time with the time the reload saw the tests change. Without a
    /// stored fingerprint per grade this is what the hub can honestly tell, and only since it started.
    /// </summary>
    public static RegradeStatus Of(IReadOnlyCollection<SubmissionSummary> submissions, DateTimeOffset? testsChangedAt)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        var stale = testsChangedAt is { } at
            ? submissions.Count(s => s.Result is { } r && r.GradedAt < at && s.JobStatus is not (Core.Entities.GradingJobStatus.Queued or Core.Entities.GradingJobStatus.Running))
            : 0;
        return new RegradeStatus(submissions.Count, stale, testsChangedAt);
    }
}
