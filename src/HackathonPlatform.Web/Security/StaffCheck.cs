using System.Security.Claims;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Hackathons;

namespace HackathonPlatform.Web.Security;

/// <summary>The one "may this signed-in account act as staff of this hackathon" check for pages and endpoints.</summary>
internal static class StaffCheck
{
    /// <summary>Admins always; otherwise the account's tutor or organiser appointment in the hackathon. Anonymous: never.</summary>
    public static async Task<bool> IsStaffAsync(this HackathonAccess access, ClaimsPrincipal user, int hackathonId, CancellationToken ct) =>
        user.Identity?.IsAuthenticated == true
        && (user.IsInRole(PlatformRoles.Admin)
            || (user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id && await access.IsTutorOrOrganiserAsync(id, hackathonId, ct)));
}
