namespace HackathonPlatform.Core.Learning;

/// <summary>What the database knows about one learner in one course; the Learning library turns it into progress.</summary>
/// <param name="CourseId">The course folder name.</param>
/// <param name="DoneLectureIds">Lectures finished (including ids that may no longer exist in the course).</param>
/// <param name="LastOpenedLectureId">The lecture opened most recently, for "resume"; null when none was opened.</param>
public sealed record LearnerCourseState(string CourseId, IReadOnlySet<string> DoneLectureIds, string? LastOpenedLectureId)
{
    /// <summary>The state of a learner who has not started the course.</summary>
    public static LearnerCourseState Empty(string courseId) => new(courseId, new HashSet<string>(StringComparer.Ordinal), null);
}
