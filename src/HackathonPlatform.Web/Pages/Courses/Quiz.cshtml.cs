using HackathonPlatform.Core.Learning;
using HackathonPlatform.Learning.Catalog;
using HackathonPlatform.Learning.Quizzes;
using HackathonPlatform.Web.Learning;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HackathonPlatform.Web.Pages.Courses;

/// <summary>The quiz forms of a lecture post here; the answer is checked on the server and shown inside its form.</summary>
[Authorize]
public sealed class QuizModel(CourseCatalogProvider courses, LearningProgressService progress, IAntiforgery antiforgery, QuizAnswering answering)
    : LecturePageModel(courses, progress, antiforgery)
{
    /// <summary>After signing in (or on a reload) the reader lands on the quiz inside its lecture.</summary>
    public IActionResult OnGet(string course, string lecture, string quiz) =>
        Catalog.FindLecture(course, lecture) is { } found ? Redirect($"{LectureUrl(found)}#quiz-{Uri.EscapeDataString(quiz)}") : NotFound();

    public async Task<IActionResult> OnPostAsync(string course, string lecture, string quiz, CancellationToken ct)
    {
        var answers = Request.HasFormContentType ? Request.Form[QuizSubmission.AnswerField].ToArray() : [];
        var answer = await answering.AnswerAsync(UserId!, course, lecture, quiz, answers, ct);
        if (answer is null || !await LoadAsync(course, lecture, answer, recordOpened: false, ct))
        {
            return NotFound();
        }

        if (!answer.Result.IsValid && !LectureHtmlComposer.HasForm(answer.Lecture, quiz))
        {
            Errors = new Dictionary<string, string[]> { ["quiz"] = [.. answer.Result.Errors] };
        }

        return Page();
    }
}
