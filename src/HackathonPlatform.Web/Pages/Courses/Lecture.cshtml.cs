using HackathonPlatform.Core.Learning;
using HackathonPlatform.Learning.Catalog;
using Microsoft.AspNetCore.Antiforgery;
using HackathonPlatform.Web.Learning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace HackathonPlatform.Web.Pages.Courses;

[OutputCache(PolicyName = LecturePageCache.Policy)]
public sealed class LectureModel(CourseCatalogProvider courses, LearningProgressService progress, IAntiforgery antiforgery)
    : LecturePageModel(courses, progress, antiforgery)
{
    public async Task<IActionResult> OnGetAsync(string course, string lecture, CancellationToken ct) =>
        await LoadAsync(course, lecture, answer: null, recordOpened: true, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostDoneAsync(string course, string lecture, CancellationToken ct) => MarkAsync(course, lecture, done: true, ct);

    public Task<IActionResult> OnPostUndoneAsync(string course, string lecture, CancellationToken ct) => MarkAsync(course, lecture, done: false, ct);

    private async Task<IActionResult> MarkAsync(string courseId, string lectureId, bool done, CancellationToken ct)
    {
        if (UserId is not { } userId)
        {
            return Challenge();
        }

        var found = Catalog.FindLecture(courseId, lectureId);
        if (found is null)
        {
            return NotFound();
        }

        if (done)
        {
            await Progress.MarkDoneAsync(userId, found.CourseId, found.Id, ct);
            var next = Catalog.FindCourse(found.CourseId)?.NextAfter(found.Id);
            TempData["Message"] = next is null ? $"“{found.Title}” marked as done." : $"“{found.Title}” marked as done. Next: {next.Title}.";
        }
        else
        {
            await Progress.MarkNotDoneAsync(userId, found.CourseId, found.Id, ct);
            TempData["Message"] = $"“{found.Title}” marked as not done.";
        }

        return Redirect(LectureUrl(found));
    }
}
