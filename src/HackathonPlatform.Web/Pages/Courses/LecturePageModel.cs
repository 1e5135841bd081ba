using System.Net;
using System.Security.Claims;
using HackathonPlatform.Core.Learning;
using HackathonPlatform.Learning.Catalog;
using HackathonPlatform.Web.Learning;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Courses;

/// <summary>What the lecture page and the quiz result page (the same lecture with one answer checked) show.</summary>
public abstract class LecturePageModel(CourseCatalogProvider courses, LearningProgressService progress, IAntiforgery antiforgery) : PageModel
{
    public Course Course { get; private set; } = null!;

    public Lecture Lecture { get; private set; } = null!;

    /// <summary>The lecture HTML with this request's token and, after a quiz submission, its result.</summary>
    public string Html { get; private set; } = "";

    public bool SignedIn => UserId is not null;

    public bool IsDone { get; private set; }

    /// <summary>Errors that belong to no quiz form (an unknown quiz id), shown above the lecture.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; protected set; }

    public CourseCatalog Catalog => courses.Current;

    protected LearningProgressService Progress => progress;

    protected string? UserId => User.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>Finds the lecture and fills the page; false when it does not exist.</summary>
    protected async Task<bool> LoadAsync(string courseId, string lectureId, QuizAnswer? answer, bool recordOpened, CancellationToken ct)
    {
        var catalog = courses.Current;
        var course = catalog.FindCourse(courseId);
        var lecture = course?.FindLecture(lectureId);
        if (course is null || lecture is null)
        {
            return false;
        }

        (Course, Lecture) = (course, lecture);
        string? tokenInput = null;
        if (UserId is { } userId)
        {
            if (recordOpened)
            {
                await progress.RecordOpenedAsync(userId, course.Id, lecture.Id, ct);
            }

            IsDone = (await progress.GetCourseStateAsync(userId, course.Id, ct)).DoneLectureIds.Contains(lecture.Id);
            var tokens = antiforgery.GetAndStoreTokens(HttpContext);
            tokenInput = $"<input name=\"{WebUtility.HtmlEncode(tokens.FormFieldName)}\" type=\"hidden\" value=\"{WebUtility.HtmlEncode(tokens.RequestToken)}\">";
        }

        // Anonymous readers get no token: posting a quiz sends them to the sign-in page before any check, and
        // leaving the token out keeps their page identical for everyone (no antiforgery cookie per visit).
        Html = LectureHtmlComposer.Compose(lecture, tokenInput, answer);
        return true;
    }

    public string LectureUrl(Lecture lecture) => $"/courses/{Uri.EscapeDataString(lecture.CourseId)}/{Uri.EscapeDataString(lecture.Id)}";
}
