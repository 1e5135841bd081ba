using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Grading;
using HackathonPlatform.Core.Hackathons;
using HackathonPlatform.Grading.Exercises;
using HackathonPlatform.Web.Grading;
using HackathonPlatform.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Grading;

[Authorize(Policy = HubPolicies.HackathonStaff)]
public sealed class ExerciseModel(HackathonService hackathons, ExerciseCatalogProvider exercises, GradingQueries queries, GradingJobStore jobs, ManualGradingService manual, OwnerNames names) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string ExerciseId { get; set; } = "";

    public Hackathon Hackathon { get; private set; } = null!;

    public Exercise Exercise { get; private set; } = null!;

    public IReadOnlyList<SubmissionSummary> Submissions { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    /// <summary>Whether the tests changed after some of these were graded.</summary>
    public RegradeStatus Regrade { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReleaseAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var released = await manual.ReleaseAsync(ExerciseId, Id, ct);
        TempData["Message"] = $"Released {released} graded submission(s): participants now see points, comments and feedback.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRegradeAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var queued = await jobs.RequeueExerciseAsync(ExerciseId, Id, ct);
        TempData["Message"] = $"Queued {queued} submission(s) for regrading with the current tests and deadline; tutors' grades are kept.";
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await hackathons.FindAsync(Id, ct) is not { } hackathon || exercises.Catalog.Find(ExerciseId) is not { } exercise || !exercise.Hackathons.Contains(hackathon.Slug))
        {
            return false;
        }

        Hackathon = hackathon;
        Exercise = exercise;
        Submissions = await queries.ForExerciseAsync(ExerciseId, Id, ct);
        Names = await names.ForHackathonAsync(Id, ct);
        Regrade = RegradeStatus.Of(Submissions, exercises.TestsChangedAt(ExerciseId));
        return true;
    }
}
