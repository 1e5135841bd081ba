using System.Security.Claims;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Web.Servers;

namespace HackathonPlatform.Web.Pages.Jobs;

/// <summary>Who may see and manage a group's jobs on the pages: the same people as its server (see <see cref="ServerAccess"/>).</summary>
internal static class JobPageAccess
{
    public static Task<bool> MayAsync(ServerAccess access, ClaimsPrincipal user, int groupId, CancellationToken ct) =>
        access.MayOpenAsync(user, WorkspaceOwner.ForGroup(groupId), ct);
}
