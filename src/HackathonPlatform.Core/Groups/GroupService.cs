using System.Security.Cryptography;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Groups;

/// <summary>Forms, names and fills groups; lets participants join with invite codes.</summary>
public sealed class GroupService(HubDbContext db)
{
    /// <summary>The hackathon's groups with their members, by name.</summary>
    public async Task<IReadOnlyList<Group>> ListAsync(int hackathonId, CancellationToken ct = default) =>
        await db.Groups.AsNoTracking().Include(g => g.Members).ThenInclude(m => m.User)
            .Where(g => g.HackathonId == hackathonId).OrderBy(g => g.Name).ToListAsync(ct);

    /// <summary>The group of an account in a hackathon, with members, or null.</summary>
    public Task<Group?> FindGroupOfAsync(int hackathonId, string userId, CancellationToken ct = default) =>
        db.Groups.AsNoTracking().Include(g => g.Members).ThenInclude(m => m.User)
            .FirstOrDefaultAsync(g => g.HackathonId == hackathonId && g.Members.Any(m => m.UserId == userId), ct);

    /// <summary>A group by id with members.</summary>
    public Task<Group?> FindAsync(int groupId, CancellationToken ct = default) =>
        db.Groups.AsNoTracking().Include(g => g.Members).ThenInclude(m => m.User).Include(g => g.Hackathon).FirstOrDefaultAsync(g => g.Id == groupId, ct);

    /// <summary>Creates an empty group with a fresh invite code.</summary>
    public async Task<Outcome<Group>> CreateAsync(int hackathonId, string name, CancellationToken ct = default)
    {
        if (!await db.Hackathons.AnyAsync(h => h.Id == hackathonId, ct))
        {
            return Outcome<Group>.NotFound();
        }

        var error = await ValidateNameAsync(hackathonId, name, null, ct);
        if (error is not null)
        {
            return Outcome<Group>.Invalid("Name", error);
        }

        var group = new Group { HackathonId = hackathonId, Name = name.Trim(), InviteCode = NewInviteCode() };
        db.Groups.Add(group);
        await db.SaveChangesAsync(ct);
        return Outcome<Group>.Ok(group);
    }

    /// <summary>Renames a group (names are unique within a hackathon).</summary>
    public async Task<Outcome<Group>> RenameAsync(int hackathonId, int groupId, string name, CancellationToken ct = default)
    {
        var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == groupId && g.HackathonId == hackathonId, ct);
        if (group is null)
        {
            return Outcome<Group>.NotFound();
        }

        var error = await ValidateNameAsync(hackathonId, name, groupId, ct);
        if (error is not null)
        {
            return Outcome<Group>.Invalid("Name", error);
        }

        group.Name = name.Trim();
        await db.SaveChangesAsync(ct);
        return Outcome<Group>.Ok(group);
    }

    /// <summary>Deletes a group; its members become ungrouped.</summary>
    public async Task<Outcome<Group>> DeleteAsync(int hackathonId, int groupId, CancellationToken ct = default)
    {
        var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == groupId && g.HackathonId == hackathonId, ct);
        if (group is null)
        {
            return Outcome<Group>.NotFound();
        }

        db.Groups.Remove(group);
        await db.SaveChangesAsync(ct);
        return Outcome<Group>.Ok(group);
    }

    /// <summary>Puts an accepted participant into a group, moving them out of any other group of the hackathon.</summary>
    public async Task<Outcome<Group>> AddMemberAsync(int hackathonId, int groupId, string userId, CancellationToken ct = default)
    {
        var group = await db.Groups.Include(g => g.Members).Include(g => g.Hackathon).FirstOrDefaultAsync(g => g.Id == groupId && g.HackathonId == hackathonId, ct);
        if (group?.Hackathon is null)
        {
            return Outcome<Group>.NotFound();
        }

        if (!await db.Registrations.AnyAsync(r => r.HackathonId == hackathonId && r.UserId == userId && r.Status == RegistrationStatus.Accepted, ct))
        {
            return Outcome<Group>.Invalid("UserId", "Only accepted participants can join a group.");
        }

        if (group.Members.Any(m => m.UserId == userId))
        {
            return Outcome<Group>.Ok(group);
        }

        if (group.Members.Count >= group.Hackathon.GroupSize)
        {
            return Outcome<Group>.Invalid("GroupId", $"{group.Name} already has {group.Hackathon.GroupSize} members.");
        }

        db.GroupMembers.RemoveRange(await db.GroupMembers.Where(m => m.HackathonId == hackathonId && m.UserId == userId).ToListAsync(ct));
        group.Members.Add(new GroupMember { HackathonId = hackathonId, UserId = userId });
        await db.SaveChangesAsync(ct);
        return Outcome<Group>.Ok(group);
    }

    /// <summary>Takes a member out of a group.</summary>
    public async Task<Outcome<Group>> RemoveMemberAsync(int hackathonId, int groupId, string userId, CancellationToken ct = default)
    {
        var member = await db.GroupMembers.Include(m => m.Group).FirstOrDefaultAsync(m => m.GroupId == groupId && m.HackathonId == hackathonId && m.UserId == userId, ct);
        if (member?.Group is null)
        {
            return Outcome<Group>.NotFound();
        }

        db.GroupMembers.Remove(member);
        await db.SaveChangesAsync(ct);
        return Outcome<Group>.Ok(member.Group);
    }

    /// <summary>A participant joins a group by its invite code, when the hackathon allows self-formed groups.</summary>
    public async Task<Outcome<Group>> JoinWithCodeAsync(int hackathonId, string userId, string inviteCode, CancellationToken ct = default)
    {
        var code = inviteCode.Trim().ToUpperInvariant();
        var group = await db.Groups.Include(g => g.Hackathon).FirstOrDefaultAsync(g => g.HackathonId == hackathonId && g.InviteCode == code, ct);
        if (group?.Hackathon is null)
        {
            return Outcome<Group>.Invalid("InviteCode", "No group of this hackathon has that invite code.");
        }

        if (!group.Hackathon.AllowSelfFormedGroups)
        {
            return Outcome<Group>.Invalid("InviteCode", "The organisers form the groups of this hackathon.");
        }

        return await AddMemberAsync(hackathonId, group.Id, userId, ct);
    }

    /// <summary>
    /// Puts every accepted, ungrouped participant into new groups of balanced sizes (differing by at most one),
    /// dealing participants sorted by their answer to <paramref name="skillQuestionId"/> round-robin so that
    /// each declared skill is spread across the groups.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<Group>>> FormAutomaticallyAsync(int hackathonId, int? skillQuestionId, CancellationToken ct = default)
    {
        var hackathon = await db.Hackathons.Include(h => h.Groups).FirstOrDefaultAsync(h => h.Id == hackathonId, ct);
        if (hackathon is null)
        {
            return Outcome<IReadOnlyList<Group>>.NotFound();
        }

        var grouped = await db.GroupMembers.Where(m => m.HackathonId == hackathonId).Select(m => m.UserId).ToListAsync(ct);
        var ungrouped = await db.Registrations.Include(r => r.Answers)
            .Where(r => r.HackathonId == hackathonId && r.Status == RegistrationStatus.Accepted && !grouped.Contains(r.UserId))
            .OrderBy(r => r.Sequence).ToListAsync(ct);
        if (ungrouped.Count == 0)
        {
            return Outcome<IReadOnlyList<Group>>.Invalid("Groups", "Every accepted participant is already in a group.");
        }

        var dealt = GroupFormation.Deal(ungrouped, hackathon.GroupSize, r => SkillOf(r, skillQuestionId));
        var taken = hackathon.Groups.Select(g => g.Name).ToHashSet();
        var created = new List<Group>();
        var number = 1;
        foreach (var members in dealt)
        {
            while (taken.Contains($"Group {number}"))
            {
                number++;
            }

            var group = new Group { HackathonId = hackathonId, Name = $"Group {number++}", InviteCode = NewInviteCode() };
            group.Members.AddRange(members.Select(r => new GroupMember { HackathonId = hackathonId, UserId = r.UserId }));
            db.Groups.Add(group);
            created.Add(group);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<IReadOnlyList<Group>>.Ok(created);
    }

    private static string SkillOf(Registration registration, int? skillQuestionId) =>
        skillQuestionId is { } q ? registration.Answers.FirstOrDefault(a => a.QuestionId == q)?.Text.Trim().ToLowerInvariant() ?? "" : "";

    private async Task<string?> ValidateNameAsync(int hackathonId, string name, int? exceptGroupId, CancellationToken ct)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0 || trimmed.Length > HackathonLimits.GroupNameLength)
        {
            return $"A group name needs 1 to {HackathonLimits.GroupNameLength} characters.";
        }

        return await db.Groups.AnyAsync(g => g.HackathonId == hackathonId && g.Name == trimmed && g.Id != exceptGroupId, ct)
            ? $"There is already a group called '{trimmed}'."
            : null;
    }

    private static string NewInviteCode() => RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 8);
}
