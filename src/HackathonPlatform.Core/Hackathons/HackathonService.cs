using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Hackathons;

/// <summary>Creates, edits, publishes and lists hackathons.</summary>
public sealed class HackathonService(HubDbContext db, TimeProvider clock, HackathonChangeFeed? changes = null)
{
    /// <summary>Creates an unpublished hackathon whose organiser is <paramref name="organiserId"/>.</summary>
    public async Task<Outcome<Hackathon>> CreateAsync(HackathonInput input, string organiserId, CancellationToken ct = default)
    {
        var errors = HackathonValidator.Validate(input);
        if (errors.Count > 0)
        {
            return Outcome<Hackathon>.Invalid(errors);
        }

        var slug = string.IsNullOrEmpty(input.Slug) ? await FreeSlugAsync(HackathonValidator.SlugFromTitle(input.Title), ct) : input.Slug;
        if (await db.Hackathons.AnyAsync(h => h.Slug == slug, ct))
        {
            return Outcome<Hackathon>.Invalid(nameof(input.Slug), $"The short name '{slug}' is taken.");
        }

        var hackathon = new Hackathon { Slug = slug, CreatedAt = clock.GetUtcNow() };
        Apply(hackathon, input);
        hackathon.Staff.Add(new HackathonStaff { UserId = organiserId, Role = StaffRole.Organiser });
        db.Hackathons.Add(hackathon);
        await db.SaveChangesAsync(ct);
        changes?.Publish(hackathon.Id);
        return Outcome<Hackathon>.Ok(hackathon);
    }

    /// <summary>Replaces the editable fields of a hackathon. Questions already answered keep their ids.</summary>
    public async Task<Outcome<Hackathon>> UpdateAsync(int id, HackathonInput input, CancellationToken ct = default)
    {
        var hackathon = await db.Hackathons.Include(h => h.Questions).Include(h => h.Registrations).FirstOrDefaultAsync(h => h.Id == id, ct);
        if (hackathon is null)
        {
            return Outcome<Hackathon>.NotFound();
        }

        var errors = HackathonValidator.Validate(input);
        if (errors.Count > 0)
        {
            return Outcome<Hackathon>.Invalid(errors);
        }

        var accepted = hackathon.Registrations.Count(r => r.Status == RegistrationStatus.Accepted);
        if (input.Capacity < accepted)
        {
            return Outcome<Hackathon>.Invalid(nameof(input.Capacity), $"{accepted} participants are already accepted; capacity cannot be lower.");
        }

        if (hackathon.Registrations.Count > 0 && input.Questions.Count != hackathon.Questions.Count)
        {
            return Outcome<Hackathon>.Invalid(nameof(input.Questions), "Questions cannot be added or removed once people have applied; edit their text instead.");
        }

        if (!string.IsNullOrEmpty(input.Slug) && input.Slug != hackathon.Slug)
        {
            if (await db.Hackathons.AnyAsync(h => h.Slug == input.Slug, ct))
            {
                return Outcome<Hackathon>.Invalid(nameof(input.Slug), $"The short name '{input.Slug}' is taken.");
            }

            hackathon.Slug = input.Slug;
        }

        Apply(hackathon, input);
        await db.SaveChangesAsync(ct);
        changes?.Publish(id);
        return Outcome<Hackathon>.Ok(hackathon);
    }

    /// <summary>Makes a hackathon public (or hides it again).</summary>
    public async Task<Outcome<Hackathon>> SetPublishedAsync(int id, bool published, CancellationToken ct = default)
    {
        var hackathon = await db.Hackathons.FindAsync([id], ct);
        if (hackathon is null)
        {
            return Outcome<Hackathon>.NotFound();
        }

        hackathon.IsPublished = published;
        await db.SaveChangesAsync(ct);
        changes?.Publish(id);
        return Outcome<Hackathon>.Ok(hackathon);
    }

    /// <summary>Finds a hackathon by id with its questions.</summary>
    public Task<Hackathon?> FindAsync(int id, CancellationToken ct = default) =>
        db.Hackathons.Include(h => h.Questions.OrderBy(q => q.Order)).FirstOrDefaultAsync(h => h.Id == id, ct);

    /// <summary>Finds a hackathon by slug with its questions.</summary>
    public Task<Hackathon?> FindBySlugAsync(string slug, CancellationToken ct = default) =>
        db.Hackathons.Include(h => h.Questions.OrderBy(q => q.Order)).FirstOrDefaultAsync(h => h.Slug == slug, ct);

    /// <summary>Published hackathons with the number of seats taken, soonest first.</summary>
    public async Task<IReadOnlyList<HackathonSummary>> ListPublishedAsync(CancellationToken ct = default)
    {
        var rows = await db.Hackathons.AsNoTracking().Where(h => h.IsPublished)
            .Select(h => new { Hackathon = h, Accepted = h.Registrations.Count(r => r.Status == RegistrationStatus.Accepted) })
            .ToListAsync(ct);
        return [.. rows.Select(r => new HackathonSummary(r.Hackathon, r.Accepted)).OrderBy(s => s.Hackathon.StartsAt)];
    }

    /// <summary>The hackathons an account organises (all of them for admins).</summary>
    public async Task<IReadOnlyList<HackathonSummary>> ListOrganisedAsync(string userId, bool isAdmin, CancellationToken ct = default)
    {
        var query = db.Hackathons.AsNoTracking();
        if (!isAdmin)
        {
            query = query.Where(h => h.Staff.Any(s => s.UserId == userId && s.Role == StaffRole.Organiser));
        }

        var rows = await query.Select(h => new { Hackathon = h, Accepted = h.Registrations.Count(r => r.Status == RegistrationStatus.Accepted) }).ToListAsync(ct);
        return [.. rows.Select(r => new HackathonSummary(r.Hackathon, r.Accepted)).OrderByDescending(s => s.Hackathon.StartsAt)];
    }

    /// <summary>Number of accepted participants.</summary>
    public Task<int> CountAcceptedAsync(int hackathonId, CancellationToken ct = default) =>
        db.Registrations.CountAsync(r => r.HackathonId == hackathonId && r.Status == RegistrationStatus.Accepted, ct);

    private static void Apply(Hackathon hackathon, HackathonInput input)
    {
        hackathon.Title = input.Title.Trim();
        hackathon.DescriptionMarkdown = input.DescriptionMarkdown;
        hackathon.Venue = input.Venue.Trim();
        hackathon.StartsAt = input.StartsAt.ToUniversalTime();
        hackathon.EndsAt = input.EndsAt.ToUniversalTime();
        hackathon.RegistrationOpensAt = (input.RegistrationOpensAt ?? hackathon.CreatedAt).ToUniversalTime();
        hackathon.RegistrationClosesAt = (input.RegistrationClosesAt ?? input.StartsAt).ToUniversalTime();
        hackathon.Capacity = input.Capacity;
        hackathon.GroupSize = input.GroupSize;
        hackathon.AutoAccept = input.AutoAccept;
        hackathon.AllowSelfFormedGroups = input.AllowSelfFormedGroups;
        hackathon.GpuHoursPerGroup = input.GpuHoursPerGroup;
        hackathon.MaxConcurrentGpus = input.MaxConcurrentGpus;
        var existing = hackathon.Questions.OrderBy(q => q.Order).ToList();
        for (var i = 0; i < input.Questions.Count; i++)
        {
            var q = i < existing.Count ? existing[i] : null;
            if (q is null)
            {
                q = new ApplicationQuestion();
                hackathon.Questions.Add(q);
            }

            (q.Order, q.Text, q.IsSkill, q.IsRequired) = (i, input.Questions[i].Text.Trim(), input.Questions[i].IsSkill, input.Questions[i].IsRequired);
        }

        hackathon.Questions.RemoveAll(q => q.Order >= input.Questions.Count);
    }

    private async Task<string> FreeSlugAsync(string baseSlug, CancellationToken ct)
    {
        var slug = baseSlug;
        for (var n = 2; await db.Hackathons.AnyAsync(h => h.Slug == slug, ct); n++)
        {
            slug = $"{baseSlug}-{n}";
        }

        return slug;
    }
}

/// <summary>A hackathon with its number of accepted participants.</summary>
/// <param name="Hackathon">The hackathon.</param>
/// <param name="AcceptedCount">Seats taken.</param>
public sealed record HackathonSummary(Hackathon Hackathon, int AcceptedCount)
{
    /// <summary>Seats still free.</summary>
    public int SeatsLeft => Math.Max(0, Hackathon.Capacity - AcceptedCount);
}
