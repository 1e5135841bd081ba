using HackathonPlatform.Core.Hackathons;
using HackathonPlatform.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Organise;

[Authorize(Policy = HubPolicies.HackathonOrganiser)]
public sealed class EditModel(HackathonService hackathons) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public HackathonForm Form { get; set; } = new();

    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var hackathon = await hackathons.FindAsync(Id, ct);
        if (hackathon is null)
        {
            return NotFound();
        }

        Form = HackathonForm.From(hackathon);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (input, errors) = Form.ToInput();
        if (input is null)
        {
            Errors = errors;
            return Page();
        }

        var outcome = await hackathons.UpdateAsync(Id, input, ct);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            Errors = outcome.Errors;
            return Page();
        }

        TempData["Message"] = "Saved.";
        return Redirect($"/organise/{Id}");
    }
}
