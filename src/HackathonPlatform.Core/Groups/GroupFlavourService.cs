using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Groups;

/// <summary>
/// Allocates a server flavour to a group (<see cref="Group.FlavourName"/>). The allocation takes effect at the
/// group's next server start; a running server keeps the flavour it was started with.
/// </summary>
public sealed class GroupFlavourService(HubDbContext db, IGroupFlavourPolicy policy)
{
    /// <summary>The field errors are reported under.</summary>
    public const string Field = nameof(Group.FlavourName);

    /// <summary>Allocates <paramref name="flavourName"/> to the group, or clears the allocation when it is null or empty.</summary>
    /// <param name="hackathonId">The hackathon the group must belong to.</param>
    /// <param name="groupId">The group.</param>
    /// <param name="flavourName">A configured flavour the group may use; null or empty for the default.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The group, not found when it is not the hackathon's, or the policy's refusal under <see cref="Field"/>.</returns>
    public async Task<Outcome<Group>> AllocateAsync(int hackathonId, int groupId, string? flavourName, CancellationToken ct = default)
    {
        var group = await db.Groups.Include(g => g.Hackathon).FirstOrDefaultAsync(g => g.Id == groupId && g.HackathonId == hackathonId, ct);
        if (group?.Hackathon is null)
        {
            return Outcome<Group>.NotFound();
        }

        string? allocated = null;
        if (!string.IsNullOrWhiteSpace(flavourName))
        {
            var decision = policy.Decide(flavourName.Trim(), group.Hackathon.Slug, group.Name);
            if (decision.Name is null)
            {
                return Outcome<Group>.Invalid(Field, decision.Refusal ?? $"Flavour '{flavourName.Trim()}' cannot be allocated to {group.Name}.");
            }

            allocated = decision.Name;
        }

        group.FlavourName = allocated;
        await db.SaveChangesAsync(ct);
        return Outcome<Group>.Ok(group);
    }
}
