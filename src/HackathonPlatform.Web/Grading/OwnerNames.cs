using HackathonPlatform.Core.Groups;
using HackathonPlatform.Core.Registrations;
using HackathonPlatform.Core.Workspaces;

namespace HackathonPlatform.Web.Grading;

/// <summary>Display names of a hackathon's submission owners: group names, and participants' names for individual work.</summary>
public sealed class OwnerNames(GroupService groups, RegistrationService registrations)
{
    /// <summary>Owner key → name.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ForHackathonAsync(int hackathonId, CancellationToken ct)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in await registrations.ListAsync(hackathonId, ct))
        {
            names[WorkspaceOwner.ForUser(r.UserId).Key] = r.User?.DisplayName ?? r.UserId;
        }

        foreach (var g in await groups.ListAsync(hackathonId, ct))
        {
            names[WorkspaceOwner.ForGroup(g.Id).Key] = g.Name;
        }

        return names;
    }
}
