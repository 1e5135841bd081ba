using HackathonPlatform.Learning.Catalog;

namespace HackathonPlatform.Learning.Progress;

/// <summary>
/// A learner's progress through one course, computed from the lecture ids the hub has stored as done.
/// Pure logic: ids of lectures that no longer exist are ignored, so stale rows never break the page.
/// </summary>
public sealed class CourseProgress
{
    private CourseProgress(Course course, IReadOnlyList<LectureStatus> lectures, Lecture? next)
    {
        Course = course;
        Lectures = lectures;
        NextLecture = next;
    }

    /// <summary>The course.</summary>
    public Course Course { get; }

    /// <summary>Every lecture in outline order with its status.</summary>
    public IReadOnlyList<LectureStatus> Lectures { get; }

    /// <summary>Where to resume: null when every lecture is done.</summary>
    public Lecture? NextLecture { get; }

    /// <summary>Lectures done (only those still in the course).</summary>
    public int DoneCount => Lectures.Count(l => l.IsDone);

    /// <summary>Lectures in the course.</summary>
    public int TotalCount => Lectures.Count;

    /// <summary>Whether any lecture is done (to show "Resume" rather than "Start").</summary>
    public bool IsStarted => DoneCount > 0;

    /// <summary>Whether every lecture is done (false for a course without lectures).</summary>
    public bool IsComplete => TotalCount > 0 && DoneCount == TotalCount;

    /// <summary>Whole percent done, 0 to 100, rounded down so 100 means really complete.</summary>
    public int Percent => TotalCount == 0 ? 0 : DoneCount * 100 / TotalCount;

    /// <summary>A display text such as "3 of 6 lectures done".</summary>
    public string Summary => $"{DoneCount} of {TotalCount} {(TotalCount == 1 ? "lecture" : "lectures")} done";

    /// <summary>
    /// Computes progress. The lecture to resume is, when <paramref name="lastOpenedLectureId"/> is given and
    /// not done, that lecture; otherwise the first lecture not done after it in outline order, wrapping to
    /// the start; without it, the first lecture not done.
    /// </summary>
    /// <param name="course">The course from the current catalogue.</param>
    /// <param name="doneLectureIds">Ids of lectures of this course the learner has finished.</param>
    /// <param name="lastOpenedLectureId">The lecture the learner opened last in this course, if the hub tracks it.</param>
    public static CourseProgress Compute(Course course, IEnumerable<string> doneLectureIds, string? lastOpenedLectureId = null)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(doneLectureIds);
        var done = doneLectureIds.ToHashSet(StringComparer.Ordinal);
        var lectures = course.Lectures;

        var start = lastOpenedLectureId is null ? 0 : Math.Max(0, lectures.ToList().FindIndex(l => l.Id == lastOpenedLectureId));
        Lecture? next = null;
        for (var i = 0; i < lectures.Count && next is null; i++)
        {
            var candidate = lectures[(start + i) % lectures.Count];
            if (!done.Contains(candidate.Id)) next = candidate;
        }

        var statuses = lectures.Select(l => new LectureStatus(l, done.Contains(l.Id), ReferenceEquals(l, next))).ToList();
        return new CourseProgress(course, statuses, next);
    }

    /// <summary>
    /// Whether a learner who has passed <paramref name="passedQuizIds"/> has passed every quiz of the lecture
    /// (the hub marks the lecture done then). False for a lecture without quizzes: reading it is marked by hand.
    /// </summary>
    public static bool HasPassedAllQuizzes(Lecture lecture, IEnumerable<string> passedQuizIds)
    {
        ArgumentNullException.ThrowIfNull(lecture);
        ArgumentNullException.ThrowIfNull(passedQuizIds);
        var passed = passedQuizIds.ToHashSet(StringComparer.Ordinal);
        return lecture.Quizzes.Count > 0 && lecture.Quizzes.All(q => passed.Contains(q.Id));
    }
}
