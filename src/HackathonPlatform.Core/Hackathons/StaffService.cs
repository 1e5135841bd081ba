using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Hackathons;

/// <summary>Appoints and removes a hackathon's tutors and co-organisers.</summary>
public sealed class StaffService(HubDbContext db)
{
    /// <summary>The hackathon's staff with their accounts.</summary>
    public async Task<IReadOnlyList<HackathonStaff>> ListAsync(int hackathonId, CancellationToken ct = default) =>
        await db.HackathonStaff.AsNoTracking().Include(s => s.User).Where(s => s.HackathonId == hackathonId).OrderBy(s => s.Role).ToListAsync(ct);

    /// <summary>Appoints the account with <paramref name="email"/> to <paramref name="role"/> in the hackathon.</summary>
    public async Task<Outcome<HackathonStaff>> AppointAsync(int hackathonId, string email, StaffRole role, CancellationToken ct = default)
    {
        if (!await db.Hackathons.AnyAsync(h => h.Id == hackathonId, ct))
        {
            return Outcome<HackathonStaff>.NotFound();
        }

        var normalized = email.Trim().ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        if (user is null)
        {
            return Outcome<HackathonStaff>.Invalid("Email", "No account has this email address; ask them to sign up first.");
        }

        var existing = await db.HackathonStaff.FirstOrDefaultAsync(s => s.HackathonId == hackathonId && s.UserId == user.Id && s.Role == role, ct);
        if (existing is not null)
        {
            return Outcome<HackathonStaff>.Ok(existing);
        }

        var staff = new HackathonStaff { HackathonId = hackathonId, UserId = user.Id, Role = role, User = user };
        db.HackathonStaff.Add(staff);
        await db.SaveChangesAsync(ct);
        return Outcome<HackathonStaff>.Ok(staff);
    }

    /// <summary>Removes a staff appointment. The last organiser cannot be removed.</summary>
    public async Task<Outcome<HackathonStaff>> RemoveAsync(int hackathonId, int staffId, CancellationToken ct = default)
    {
        var staff = await db.HackathonStaff.FirstOrDefaultAsync(s => s.Id == staffId && s.HackathonId == hackathonId, ct);
        if (staff is null)
        {
            return Outcome<HackathonStaff>.NotFound();
        }

        if (staff.Role == StaffRole.Organiser && await db.HackathonStaff.CountAsync(s => s.HackathonId == hackathonId && s.Role == StaffRole.Organiser, ct) == 1)
        {
            return Outcome<HackathonStaff>.Invalid("Staff", "A hackathon keeps at least one organiser.");
        }

        db.HackathonStaff.Remove(staff);
        await db.SaveChangesAsync(ct);
        return Outcome<HackathonStaff>.Ok(staff);
    }
}
