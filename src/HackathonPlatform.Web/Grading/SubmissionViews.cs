using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Grading;

namespace HackathonPlatform.Web.Grading;

/// <summary>
/// What a participant may see of a submission. The single place that decides it, for pages and API:
/// test results at once, tutors' points, comments and the final score once released.
/// </summary>
public static class SubmissionViews
{
    /// <summary>The participant's view of one submission.</summary>
    public static SubmissionDto ForParticipant(SubmissionSummary s, IEnumerable<ManualGrade> manual, bool releasesAutomatically)
    {
        ArgumentNullException.ThrowIfNull(s);
        var result = s.Result;
        var released = result is not null && (releasesAutomatically || result.ReleasedAt is not null);
        var given = released ? manual.ToDictionary(m => m.GradeId, StringComparer.Ordinal) : [];
        var tests = (result?.Cells ?? []).Select(c => new TestResultDto(
            c.GradeId,
            c.Kind,
            c.IsManual && given.TryGetValue(c.GradeId, out var m) && m.Points is not null ? "Graded" : c.Status,
            c.IsManual && given.TryGetValue(c.GradeId, out var g) ? g.Points ?? c.Points : c.Points,
            c.MaxPoints,
            c.HasHiddenTests,
            c.HasHiddenTests ? null : c.Output)).ToList();
        return new SubmissionDto(
            s.Id, s.Attempt, s.SubmittedAt, s.IsLate, s.Sha256, Status(s), result?.AutoScore, result?.MaxScore, released,
            released ? result!.FinalScore : null, released ? result!.LatePenalty : null, result?.Error, tests,
            [.. given.Values.Select(m => new TutorCommentDto(m.GradeId, m.Points, m.Comment))]);
    }

    /// <summary>queued, grading, graded, failed (could not be graded) or error (not gradable: the result says why).</summary>
    public static string Status(SubmissionSummary s) => s.JobStatus switch
    {
        GradingJobStatus.Succeeded when s.Result?.Error is not null => "error",
        GradingJobStatus.Succeeded => "graded",
        GradingJobStatus.Running => "grading",
        GradingJobStatus.Failed => "failed",
        _ => "queued",
    };
}
