using System.Security.Claims;
using HackathonPlatform.Core.Learning;
using HackathonPlatform.Learning.Catalog;
using HackathonPlatform.Learning.Progress;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Courses;

public sealed class CourseModel(CourseCatalogProvider courses, LearningProgressService progress) : PageModel
{
    public Course Course { get; private set; } = null!;

    /// <summary>The outline with done marks; for anonymous readers nothing is done and the first lecture is "next".</summary>
    public CourseProgress Progress { get; private set; } = null!;

    public bool SignedIn { get; private set; }

    public async Task<IActionResult> OnGetAsync(string course, CancellationToken ct)
    {
        var found = courses.Current.FindCourse(course);
        if (found is null)
        {
            return NotFound();
        }

        Course = found;
        var state = LearnerCourseState.Empty(found.Id);
        if (User.Identity?.IsAuthenticated == true && User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            SignedIn = true;
            state = await progress.GetCourseStateAsync(userId, found.Id, ct);
        }

        Progress = CourseProgress.Compute(found, state.DoneLectureIds, state.LastOpenedLectureId);
        return Page();
    }

    public string LectureUrl(Lecture lecture) => $"/courses/{Uri.EscapeDataString(Course.Id)}/{Uri.EscapeDataString(lecture.Id)}";
}
