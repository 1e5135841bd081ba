using System.Security.Claims;
using HackathonPlatform.Core.Hackathons;
using HackathonPlatform.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Organise;

[Authorize(Policy = HubPolicies.CanOrganise)]
public sealed class NewModel(HackathonService hackathons, TimeProvider clock) : PageModel
{
    [BindProperty]
    public HackathonForm Form { get; set; } = new();

    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    public void OnGet()
    {
        var start = clock.GetUtcNow().Date.AddDays(30).AddHours(9);
        Form = new HackathonForm
        {
            StartsAt = start.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            EndsAt = start.AddDays(2).AddHours(8).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (input, errors) = Form.ToInput();
        if (input is null)
        {
            Errors = errors;
            return Page();
        }

        var outcome = await hackathons.CreateAsync(input, User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
        if (!outcome.Succeeded)
        {
            Errors = outcome.Errors;
            return Page();
        }

        TempData["Message"] = "Hackathon created as a draft. Publish it when it is ready.";
        return Redirect($"/organise/{outcome.Value!.Id}");
    }
}
