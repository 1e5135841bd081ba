using System.Security.Claims;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Hackathons;

using HackathonPlatform.Core.Workspaces;

namespace HackathonPlatform.Web.Servers;

/// <summary>
/// Who may open a server: a group's members and its hackathon's tutors and organisers; a personal server
/// only its owner. Administrators may open every server (support). Checked on every proxied request.
/// </summary>
public sealed class ServerAccess(HackathonAccess access)
{
    /// <summary>True when <paramref name="user"/> may use <paramref name="owner"/>'s server.</summary>
    public async Task<bool> MayOpenAsync(ClaimsPrincipal user, WorkspaceOwner owner, CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return false;
        }

        if (user.IsInRole(PlatformRoles.Admin))
        {
            return true;
        }

        return owner.GroupId is { } groupId ? await access.MayOpenGroupAsync(userId, groupId, ct) : owner.UserId == userId;
    }
}
