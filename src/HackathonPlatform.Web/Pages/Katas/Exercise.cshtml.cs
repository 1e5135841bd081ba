using HackathonPlatform.Katas;
using HackathonPlatform.Web.Katas;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Pages.Katas;

/// <summary>
/// An exercise: anyone may read it; checking runs learner code in a Node process, so it needs an
/// account. Code past the checker's 64 KB is refused with a message, without starting a process
/// (the form reader's own 4 MB value limit and Kestrel's body limit stop anything far larger).
/// </summary>
public sealed class ExerciseModel(KatasHub katas, IOptions<KatasHubOptions> options) : PageModel
{
    public Kata Kata { get; private set; } = null!;

    public KataExercise Exercise { get; private set; } = null!;

    public string Code { get; private set; } = "";

    public SolutionCheckResult? Result { get; private set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public int TimeoutSeconds => options.Value.CheckTimeoutSeconds;

    public int MaxCodeKilobytes => katas.MaxCodeBytes / 1024;

    public async Task<IActionResult> OnGetAsync(string kata, string exercise, CancellationToken ct)
    {
        if (!await FindAsync(kata, exercise, ct))
        {
            return NotFound();
        }

        Code = Exercise.PlaceholderCode;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kata, string exercise, [FromForm] string? code, CancellationToken ct)
    {
        if (!SignedIn)
        {
            return Challenge();
        }

        if (!await FindAsync(kata, exercise, ct))
        {
            return NotFound();
        }

        Code = code ?? "";
        Result = await katas.CheckAsync(Exercise, Code, ct);
        return Page();
    }

    private async Task<bool> FindAsync(string kata, string exercise, CancellationToken ct)
    {
        var view = await katas.GetAsync(ct);
        if (view.FindKata(kata) is not { } found || view.FindExercise(kata, exercise) is not { } task)
        {
            return false;
        }

        (Kata, Exercise) = (found, task);
        return true;
    }
}
