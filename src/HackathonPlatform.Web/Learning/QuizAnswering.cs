using HackathonPlatform.Core.Learning;
using HackathonPlatform.Learning.Catalog;
using HackathonPlatform.Learning.Progress;
using HackathonPlatform.Learning.Quizzes;

namespace HackathonPlatform.Web.Learning;

/// <summary>Grades a quiz submission, stores the attempt and marks the lecture done when all its quizzes are passed. Shared by the page and the API.</summary>
public sealed class QuizAnswering(CourseCatalogProvider courses, LearningProgressService progress)
{
    /// <summary>Null when the course or lecture does not exist (404); otherwise the graded or rejected answer.</summary>
    public async Task<QuizAnswer?> AnswerAsync(string userId, string courseId, string lectureId, string quizId, IReadOnlyList<string?> answers, CancellationToken ct)
    {
        var lecture = courses.Current.FindLecture(courseId, lectureId);
        if (lecture is null)
        {
            return null;
        }

        var given = answers.Select(a => a?.Trim() ?? "").Where(a => a.Length > 0).ToList();
        // Hostile sizes are refused before grading: a quiz has a few options and a number is short.
        if (given.Count > LearningLimits.MaxAnswers || given.Sum(a => a.Length + 1) > LearningLimits.AnswersLength)
        {
            return new(lecture, QuizCheckResult.Invalid(quizId, "The answer is too long."), [], false);
        }

        var result = QuizChecker.Check(lecture, new QuizSubmission(quizId, given));
        if (!result.IsValid)
        {
            return new(lecture, result, given, false);
        }

        var stored = await progress.RecordAttemptAsync(new QuizAttemptInput(userId, courseId, lectureId, quizId, given, result.IsCorrect), ct);
        if (!stored.Succeeded)
        {
            return new(lecture, QuizCheckResult.Invalid(quizId, [.. stored.Errors.SelectMany(e => e.Value)]), given, false);
        }

        var done = false;
        if (result.IsCorrect && CourseProgress.HasPassedAllQuizzes(lecture, await progress.PassedQuizIdsAsync(userId, courseId, lectureId, ct)))
        {
            done = (await progress.MarkDoneAsync(userId, courseId, lectureId, ct)).Succeeded;
        }

        return new(lecture, result, given, done);
    }
}
