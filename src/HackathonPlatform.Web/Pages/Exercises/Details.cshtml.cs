using HackathonPlatform.Web.Api;
using HackathonPlatform.Web.Grading;
using HackathonPlatform.Web.Rendering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Exercises;

[Authorize]
public sealed class DetailsModel(ExerciseAccess access, ExercisePresenter presenter, SubmissionIntake intake, SafeMarkdown markdown) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string ExerciseId { get; set; } = "";

    public ExerciseContext Context { get; private set; } = null!;

    public ExerciseDto Exercise { get; private set; } = null!;

    public string ReadmeHtml { get; private set; } = "";

    public IReadOnlyList<SubmissionDto> Submissions { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostWorkspaceAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } failed)
        {
            return failed;
        }

        var copy = await presenter.CopyToWorkspaceAsync(Context, ct);
        TempData["Message"] = copy?.Message ?? Context.CannotSubmitReason;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSubmitAsync(IFormFile? notebook, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } failed)
        {
            return failed;
        }

        var bytes = notebook is null ? null : await UploadReader.ReadAsync(notebook, ct);
        var outcome = bytes is null
            ? Core.Outcome<Core.Entities.Submission>.Invalid("Notebook", notebook is null ? "Choose the .ipynb file to submit." : "The notebook is too large.")
            : await intake.SubmitAsync(Context, HttpContext.UserId(), bytes, ct);
        if (!outcome.Succeeded)
        {
            Errors = outcome.Errors;
            return Page();
        }

        var s = outcome.Value!;
        TempData["Message"] = $"Submitted at {s.SubmittedAt:HH:mm} UTC (attempt {s.Attempt}{(s.IsLate ? ", late" : "")}); it is queued for grading.";
        return RedirectToPage();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (access.Catalog.Find(ExerciseId) is not { } exercise)
        {
            return NotFound();
        }

        if (await access.ResolveAsync(User, exercise, ct) is not { } context)
        {
            return Forbid();
        }

        Context = context;
        Exercise = await presenter.DtoAsync(context, ct);
        // The page's own heading is the title; a README's leading "# Title" would repeat it.
        var readme = exercise.ReadmeMarkdown.TrimStart();
        ReadmeHtml = markdown.ToHtml(readme.StartsWith("# ", StringComparison.Ordinal) ? readme[(readme.IndexOf('\n', StringComparison.Ordinal) + 1)..] : readme);
        Submissions = await presenter.MySubmissionsAsync(context, ct);
        return null;
    }
}
