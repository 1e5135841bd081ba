using System.Text;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Grading;
using HackathonPlatform.Grading.Exercises;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Web.Api;
using HackathonPlatform.Web.Grading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Grading;

[Authorize]
public sealed class SubmissionModel(SubmissionService submissions, ExerciseAccess access, GradingJobStore jobs, ManualGradingService manual, OwnerNames names) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int SubmissionId { get; set; }

    public Submission Submission { get; private set; } = null!;

    public Exercise? Exercise { get; private set; }

    public string OwnerName { get; private set; } = "";

    /// <summary>The executed notebook when graded (hidden tests included: tutors only), else the notebook as submitted.</summary>
    public Notebook? Notebook { get; private set; }

    public IReadOnlyDictionary<string, CellResult> Cells { get; private set; } = new Dictionary<string, CellResult>();

    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostGradeAsync(string gradeId, string? points, string? comment, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } failed)
        {
            return failed;
        }

        double? value = null;
        if (!string.IsNullOrWhiteSpace(points))
        {
            if (!double.TryParse(points, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                Errors = new Dictionary<string, string[]> { ["Points"] = ["Points must be a number, e.g. 2.5."] };
                return Page();
            }

            value = parsed;
        }

        var penalty = Exercise is null ? (Func<double, double>)(_ => 0) : LatePenalties.For(Exercise, Submission.SubmittedAt);
        var outcome = await manual.SaveAsync(SubmissionId, new ManualGradeInput(gradeId ?? "", value, comment), HttpContext.UserId(), penalty, ct);
        if (!outcome.Succeeded)
        {
            Errors = outcome.IsNotFound ? new Dictionary<string, string[]> { ["Submission"] = ["The submission is not graded yet."] } : outcome.Errors;
            return Page();
        }

        TempData["Message"] = $"Saved the grade of {gradeId}. Participants see it once you release the exercise's grades.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRegradeAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } failed)
        {
            return failed;
        }

        await jobs.RequeueSubmissionAsync(SubmissionId, ct);
        TempData["Message"] = "Queued for regrading.";
        return RedirectToPage();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await submissions.FindAsync(SubmissionId, ct) is not { } submission)
        {
            return NotFound();
        }

        // Staff of the submission's hackathon only; a self-learner's course submission: course staff (CourseStaff says who).
        var allowed = submission.HackathonId is { } h ? await access.IsStaffAsync(User, h, ct) : CourseStaff.Includes(User);
        if (!allowed)
        {
            return Forbid();
        }

        Submission = submission;
        Exercise = access.Catalog.Find(submission.ExerciseId);
        OwnerName = submission.HackathonId is { } hid ? (await names.ForHackathonAsync(hid, ct)).GetValueOrDefault(submission.OwnerKey, submission.OwnerKey)
            : submission.Submitter?.DisplayName ?? submission.OwnerKey;
        Cells = CellResult.Deserialize(submission.Result?.CellsJson).ToDictionary(c => c.GradeId, StringComparer.Ordinal);
        Notebook = Read(submission.Result?.GradedNotebook) ?? Read(Encoding.UTF8.GetString(submission.Notebook));
        return null;
    }

    private static Notebook? Read(string? json)
    {
        try
        {
            return json is null ? null : NotebookReader.Read(json);
        }
        catch (NotebookFormatException)
        {
            return null;
        }
    }
}
