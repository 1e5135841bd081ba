using System.Security.Claims;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Hackathons;
using HackathonPlatform.Core.Registrations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Hackathons;

[Authorize]
public sealed class ApplyModel(HackathonService hackathons, RegistrationService registrations) : PageModel
{
    public Hackathon? Hackathon { get; private set; }

    [BindProperty]
    public Dictionary<int, string> Answers { get; set; } = [];

    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        Hackathon = await hackathons.FindBySlugAsync(slug, ct);
        return Hackathon is { IsPublished: true } ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        Hackathon = await hackathons.FindBySlugAsync(slug, ct);
        if (Hackathon is not { IsPublished: true })
        {
            return NotFound();
        }

        var outcome = await registrations.ApplyAsync(Hackathon.Id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, Answers, ct);
        if (!outcome.Succeeded)
        {
            Errors = outcome.Errors;
            return Page();
        }

        TempData["Message"] = outcome.Value!.Status switch
        {
            RegistrationStatus.Accepted => $"You are accepted to {Hackathon.Title}!",
            RegistrationStatus.Waitlisted => $"{Hackathon.Title} is full: you are on the wait-list and will be told when a seat frees up.",
            _ => "Application received: the organisers will review it.",
        };
        return Redirect("/me/hackathons");
    }
}
