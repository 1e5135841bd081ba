using HackathonPlatform.Learning.Catalog;
using HackathonPlatform.Learning.Progress;
using HackathonPlatform.Learning.Quizzes;

namespace HackathonPlatform.Web.Learning;

/// <summary>A course in the catalogue; <see cref="Progress"/> only for signed-in callers.</summary>
public sealed record CourseSummaryDto(string Id, string Title, string Summary, string? Level, IReadOnlyList<string> Tags, int LectureCount, int? TotalMinutes, string Url, ProgressDto? Progress)
{
    internal static CourseSummaryDto From(Course c, CourseProgress? p) => new(
        c.Id, c.Title, c.Summary, c.Level, c.Tags, c.Lectures.Count, Minutes(c.TotalDuration), $"/courses/{Uri.EscapeDataString(c.Id)}", ProgressDto.From(p));

    internal static int? Minutes(TimeSpan? span) => span is { } s && s > TimeSpan.Zero ? (int)Math.Round(s.TotalMinutes) : null;
}

/// <summary>A course with its outline; <see cref="Progress"/> and the lectures' <c>IsDone</c> only for signed-in callers.</summary>
public sealed record CourseDto(string Id, string Title, string Summary, string? Level, IReadOnlyList<string> Tags, IReadOnlyList<LectureDto> Lectures, ProgressDto? Progress)
{
    internal static CourseDto From(Course c, CourseProgress p, bool signedIn) => new(
        c.Id, c.Title, c.Summary, c.Level, c.Tags,
        [.. p.Lectures.Select(s => LectureDto.From(s.Lecture, signedIn ? s.IsDone : null))],
        signedIn ? ProgressDto.From(p) : null);
}

/// <summary>One lecture of an outline.</summary>
public sealed record LectureDto(string Id, string Title, string? Speaker, int? DurationMinutes, string? Level, bool HasVideo, IReadOnlyList<string> QuizIds, IReadOnlyList<string> Exercises, string Url, bool? IsDone)
{
    internal static LectureDto From(Lecture l, bool? isDone) => new(
        l.Id, l.Title, l.Speaker, CourseSummaryDto.Minutes(l.Duration), l.Level, l.Video is not null, [.. l.Quizzes.Select(q => q.Id)], l.Exercises,
        $"/courses/{Uri.EscapeDataString(l.CourseId)}/{Uri.EscapeDataString(l.Id)}", isDone);
}

/// <summary>A learner's progress in one course, e.g. 3 of 6 done, resume with <see cref="NextLectureId"/>.</summary>
public sealed record ProgressDto(int Done, int Total, string Summary, string? NextLectureId)
{
    internal static ProgressDto? From(CourseProgress? p) => p is null ? null : new(p.DoneCount, p.TotalCount, p.Summary, p.NextLecture?.Id);
}

/// <summary>The body of a quiz answer: the chosen option ids, or one number as text.</summary>
public sealed record QuizAnswerRequest(IReadOnlyList<string?>? Answers);

/// <summary>The verdict on a quiz answer (HTML fields are sanitised author content).</summary>
public sealed record QuizResultDto(string QuizId, bool IsCorrect, string? ExplanationHtml, IReadOnlyList<QuizOptionFeedback> Options, string? ExpectedAnswer, bool LectureDone);
