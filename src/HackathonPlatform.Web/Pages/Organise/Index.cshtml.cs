using System.Security.Claims;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Hackathons;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Organise;

public sealed class IndexModel(HackathonService hackathons) : PageModel
{
    public IReadOnlyList<HackathonSummary> Hackathons { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        CanCreate = User.IsInRole(PlatformRoles.Admin) || User.IsInRole(PlatformRoles.Organiser);
        Hackathons = await hackathons.ListOrganisedAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, User.IsInRole(PlatformRoles.Admin), ct);
        return CanCreate || Hackathons.Count > 0 ? Page() : Forbid();
    }
}
