using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Hackathons;

/// <summary>
/// Answers "what may this account do in this hackathon", for the hub's authorization policies.
/// Global admins pass every check; organisers and tutors are per hackathon.
/// </summary>
public sealed class HackathonAccess(HubDbContext db)
{
    /// <summary>The account organises the hackathon.</summary>
    public Task<bool> IsOrganiserAsync(string userId, int hackathonId, CancellationToken ct = default) =>
        db.HackathonStaff.AnyAsync(s => s.HackathonId == hackathonId && s.UserId == userId && s.Role == StaffRole.Organiser, ct);

    /// <summary>The account tutors (or organises) the hackathon.</summary>
    public Task<bool> IsTutorOrOrganiserAsync(string userId, int hackathonId, CancellationToken ct = default) =>
        db.HackathonStaff.AnyAsync(s => s.HackathonId == hackathonId && s.UserId == userId, ct);

    /// <summary>The account holds an accepted seat.</summary>
    public Task<bool> IsAcceptedParticipantAsync(string userId, int hackathonId, CancellationToken ct = default) =>
        db.Registrations.AnyAsync(r => r.HackathonId == hackathonId && r.UserId == userId && r.Status == RegistrationStatus.Accepted, ct);

    /// <summary>The account is a member of the group, or tutors or organises its hackathon.</summary>
    public async Task<bool> MayOpenGroupAsync(string userId, int groupId, CancellationToken ct = default)
    {
        var hackathonId = await db.Groups.Where(g => g.Id == groupId).Select(g => (int?)g.HackathonId).FirstOrDefaultAsync(ct);
        return hackathonId is { } h &&
            (await db.GroupMembers.AnyAsync(m => m.GroupId == groupId && m.UserId == userId, ct) || await IsTutorOrOrganiserAsync(userId, h, ct));
    }
}
