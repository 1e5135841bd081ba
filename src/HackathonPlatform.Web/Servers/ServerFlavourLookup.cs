using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Spawning.Flavours;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Web.Servers;

/// <summary>
/// The flavour an owner's server starts with (<see cref="ServerFlavours.Resolve"/> with the group's hackathon,
/// name and allocated flavour from the database). <see cref="ServerUsage"/> asks it when admitting a start,
/// and the manager hands the result to the spawner factory, so every backend starts what was admitted.
/// </summary>
public sealed class ServerFlavourLookup(IServiceScopeFactory scopes, ServerFlavours flavours)
{
    /// <summary>The owner's flavour, or null and why it cannot start.</summary>
    public async Task<(Flavour? Flavour, string? Refusal)> ForAsync(WorkspaceOwner owner, CancellationToken ct)
    {
        if (owner.GroupId is not { } groupId)
        {
            return flavours.Resolve(null, null, null);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var group = await db.Groups.AsNoTracking().Where(g => g.Id == groupId)
            .Select(g => new { g.Name, g.FlavourName, g.Hackathon!.Slug }).FirstOrDefaultAsync(ct);
        return flavours.Resolve(group?.Slug, group?.Name, group?.FlavourName);
    }
}
