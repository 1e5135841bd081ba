using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Hackathons;
using HackathonPlatform.Core.Registrations;
using HackathonPlatform.Web.Rendering;
using HackathonPlatform.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Hackathons;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = HackathonPlatform.Web.Caching.PublicPageCache.Policy)]
public sealed class DetailsModel(HackathonService hackathons, RegistrationService registrations, HackathonAccess access, SafeMarkdown markdown, TimeProvider clock) : PageModel
{
    public Hackathon? Hackathon { get; private set; }

    public int SeatsLeft { get; private set; }

    public string DescriptionHtml { get; private set; } = "";

    public Registration? MyRegistration { get; private set; }

    public int? WaitlistPosition { get; private set; }

    public bool IsStaff { get; private set; }

    public bool RegistrationOpen { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        Hackathon = await hackathons.FindBySlugAsync(slug, ct);
        if (Hackathon is null)
        {
            return NotFound();
        }

        var userId = User.Identity?.IsAuthenticated == true ? User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value : null;
        IsStaff = await access.IsStaffAsync(User, Hackathon.Id, ct);
        if (!Hackathon.IsPublished && !IsStaff)
        {
            return NotFound();
        }

        SeatsLeft = Math.Max(0, Hackathon.Capacity - await hackathons.CountAcceptedAsync(Hackathon.Id, ct));
        DescriptionHtml = markdown.ToHtml(Hackathon.DescriptionMarkdown);
        var now = clock.GetUtcNow();
        RegistrationOpen = Hackathon.IsPublished && now >= Hackathon.RegistrationOpensAt && now <= Hackathon.RegistrationClosesAt;
        if (userId is not null)
        {
            MyRegistration = await registrations.FindAsync(Hackathon.Id, userId, ct);
            WaitlistPosition = MyRegistration is null ? null : await registrations.WaitlistPositionAsync(MyRegistration, ct);
        }

        return Page();
    }

    public string DescribeStatus(Registration r) => r.Status switch
    {
        RegistrationStatus.Waitlisted => $"wait-listed (position {WaitlistPosition})",
        RegistrationStatus.Pending => "under review",
        RegistrationStatus.Rejected => "not accepted",
        _ => r.Status.ToString().ToLowerInvariant(),
    };
}
