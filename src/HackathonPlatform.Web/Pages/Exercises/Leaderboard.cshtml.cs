using HackathonPlatform.Web.Grading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Exercises;

[Authorize]
public sealed class LeaderboardModel(ExerciseAccess access, ExercisePresenter presenter) : PageModel
{
    public ExerciseContext Context { get; private set; } = null!;

    public IReadOnlyList<LeaderboardRowDto> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string exerciseId, CancellationToken ct)
    {
        if (access.Catalog.Find(exerciseId) is not { Leaderboard: true } exercise)
        {
            return NotFound();
        }

        if (await access.ResolveAsync(User, exercise, ct) is not { Hackathon: not null } context)
        {
            return Forbid();
        }

        Context = context;
        Rows = await presenter.LeaderboardAsync(context, ct);
        return Page();
    }
}
