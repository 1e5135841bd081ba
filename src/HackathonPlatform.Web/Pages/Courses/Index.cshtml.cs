using System.Security.Claims;
using HackathonPlatform.Core.Learning;
using HackathonPlatform.Learning.Catalog;
using HackathonPlatform.Learning.Progress;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Courses;

public sealed class IndexModel(CourseCatalogProvider courses, LearningProgressService progress) : PageModel
{
    public IReadOnlyList<Course> Courses { get; private set; } = [];

    /// <summary>Progress per course id, for signed-in learners only.</summary>
    public IReadOnlyDictionary<string, CourseProgress> Progress { get; private set; } = new Dictionary<string, CourseProgress>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Courses = courses.Current.Courses;
        if (User.Identity?.IsAuthenticated == true && User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            var states = await progress.GetAllCourseStatesAsync(userId, ct);
            Progress = Courses.Where(c => states.ContainsKey(c.Id))
                .ToDictionary(c => c.Id, c => CourseProgress.Compute(c, states[c.Id].DoneLectureIds, states[c.Id].LastOpenedLectureId));
        }
    }
}
