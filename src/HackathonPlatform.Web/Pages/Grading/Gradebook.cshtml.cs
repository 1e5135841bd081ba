using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Hackathons;
using HackathonPlatform.Grading.Exercises;
using HackathonPlatform.Web.Grading;
using HackathonPlatform.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Grading;

[Authorize(Policy = HubPolicies.HackathonStaff)]
public sealed class GradebookModel(HackathonService hackathons, Gradebook gradebook) : PageModel
{
    public Hackathon Hackathon { get; private set; } = null!;

    public IReadOnlyList<Exercise> Exercises { get; private set; } = [];

    public IReadOnlyList<GradebookRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await hackathons.FindAsync(id, ct) is not { } hackathon)
        {
            return NotFound();
        }

        Hackathon = hackathon;
        (Exercises, Rows) = await gradebook.TableAsync(id, ct);
        return Page();
    }
}
