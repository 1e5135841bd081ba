using HackathonPlatform.Core.Grading;
using HackathonPlatform.Web.Grading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Grading;

/// <summary>A course's gradebook and its regrading; course staff only (see <see cref="CourseStaff"/> for who that is).</summary>
[Authorize(Roles = CourseStaff.Roles)]
public sealed class CourseGradebookModel(CourseGradebook gradebook, GradingQueries queries, GradingJobStore jobs, ExerciseCatalogProvider exercises) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Course { get; set; } = "";

    public string Title { get; private set; } = "";

    public GradebookTable Table { get; private set; } = null!;

    public IReadOnlyDictionary<string, RegradeStatus> Status { get; private set; } = new Dictionary<string, RegradeStatus>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRegradeAsync(string? exerciseId, CancellationToken ct)
    {
        if (gradebook.Find(Course) is not { } found || found.Exercises.FirstOrDefault(e => e.Id == exerciseId) is not { } exercise)
        {
            return NotFound();
        }

        var queued = await jobs.RequeueExerciseAsync(exercise.Id, null, ct);
        TempData["Message"] = $"Queued {queued} submission(s) of {exercise.Title} for regrading with the current tests and deadline; tutors' grades are kept.";
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (gradebook.Find(Course) is not { } found || await gradebook.TableAsync(Course, ct) is not { } table)
        {
            return false;
        }

        Title = found.Title;
        Table = table;
        var status = new Dictionary<string, RegradeStatus>(StringComparer.Ordinal);
        foreach (var e in table.Exercises)
        {
            status[e.Id] = RegradeStatus.Of(await queries.ForExerciseAsync(e.Id, null, ct), exercises.TestsChangedAt(e.Id));
        }

        Status = status;
        return true;
    }
}
