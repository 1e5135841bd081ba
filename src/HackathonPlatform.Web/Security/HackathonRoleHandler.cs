using System.Globalization;
using System.Security.Claims;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Hackathons;
using Microsoft.AspNetCore.Authorization;

namespace HackathonPlatform.Web.Security;

/// <summary>Reads the hackathon id from the route ("id") and checks the account's staff role in it.</summary>
internal sealed class HackathonRoleHandler(IHttpContextAccessor http, HackathonAccess access) : AuthorizationHandler<HackathonRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, HackathonRoleRequirement requirement)
    {
        if (context.User.IsInRole(PlatformRoles.Admin))
        {
            context.Succeed(requirement);
            return;
        }

        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var routeId = http.HttpContext?.GetRouteValue("id")?.ToString();
        if (userId is null || !int.TryParse(routeId, NumberStyles.None, CultureInfo.InvariantCulture, out var hackathonId))
        {
            return;
        }

        var allowed = requirement.OrganiserOnly
            ? await access.IsOrganiserAsync(userId, hackathonId)
            : await access.IsTutorOrOrganiserAsync(userId, hackathonId);
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }
}
