using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Hackathons;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Registrations;

/// <summary>
/// Applications, decisions, withdrawals and the wait-list. Every change that counts seats runs in a
/// transaction holding the hackathon's lock, so concurrent applicants get exact seats and arrival order.
/// </summary>
public sealed class RegistrationService(HubDbContext db, INotifier notifier, TimeProvider clock, HackathonChangeFeed? changes = null)
{
    /// <summary>Applies <paramref name="userId"/> to a published hackathon with answers keyed by question id.</summary>
    public async Task<Outcome<Registration>> ApplyAsync(int hackathonId, string userId, IReadOnlyDictionary<int, string> answers, CancellationToken ct = default)
    {
        var hackathon = await db.Hackathons.AsNoTracking().Include(h => h.Questions).FirstOrDefaultAsync(h => h.Id == hackathonId && h.IsPublished, ct);
        if (hackathon is null)
        {
            return Outcome<Registration>.NotFound();
        }

        var now = clock.GetUtcNow();
        if (now < hackathon.RegistrationOpensAt || now > hackathon.RegistrationClosesAt)
        {
            return Outcome<Registration>.Invalid("Registration", $"Registration is open from {hackathon.RegistrationOpensAt:yyyy-MM-dd HH:mm} to {hackathon.RegistrationClosesAt:yyyy-MM-dd HH:mm} UTC.");
        }

        var answerErrors = ValidateAnswers(hackathon, answers);
        if (answerErrors is not null)
        {
            return answerErrors;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.LockHackathonAsync(hackathonId, ct);
        var registration = await db.Registrations.Include(r => r.Answers).FirstOrDefaultAsync(r => r.HackathonId == hackathonId && r.UserId == userId, ct);
        if (registration is { Status: not RegistrationStatus.Withdrawn })
        {
            return Outcome<Registration>.Invalid("Registration", "You have already applied to this hackathon.");
        }

        if (registration is null)
        {
            registration = new Registration { HackathonId = hackathonId, UserId = userId };
            db.Registrations.Add(registration);
        }

        registration.Answers.Clear();
        registration.Answers.AddRange(answers.Select(a => new ApplicationAnswer { QuestionId = a.Key, Text = a.Value.Trim() }));
        registration.Sequence = 1 + (await db.Registrations.Where(r => r.HackathonId == hackathonId).MaxAsync(r => (int?)r.Sequence, ct) ?? 0);
        registration.AppliedAt = registration.UpdatedAt = now;
        registration.Status = RegistrationStatus.Pending;
        if (hackathon.AutoAccept)
        {
            var accepted = await db.Registrations.CountAsync(r => r.HackathonId == hackathonId && r.Status == RegistrationStatus.Accepted, ct);
            registration.Status = accepted < hackathon.Capacity ? RegistrationStatus.Accepted : RegistrationStatus.Waitlisted;
        }

        notifier.Notify(userId, $"Application to {hackathon.Title}: {Describe(registration.Status)}", StatusMessage(hackathon, registration.Status));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        changes?.Publish(hackathonId);
        return Outcome<Registration>.Ok(registration);
    }

    /// <summary>The organiser's decision on one application. Accepting needs a free seat.</summary>
    public async Task<Outcome<Registration>> DecideAsync(int hackathonId, int registrationId, RegistrationStatus decision, CancellationToken ct = default)
    {
        if (decision is not (RegistrationStatus.Accepted or RegistrationStatus.Rejected or RegistrationStatus.Waitlisted))
        {
            return Outcome<Registration>.Invalid("Decision", "A decision is accept, reject or wait-list.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.LockHackathonAsync(hackathonId, ct);
        var registration = await db.Registrations.Include(r => r.Hackathon).FirstOrDefaultAsync(r => r.Id == registrationId && r.HackathonId == hackathonId, ct);
        if (registration?.Hackathon is not { } hackathon)
        {
            return Outcome<Registration>.NotFound();
        }

        if (registration.Status == RegistrationStatus.Withdrawn)
        {
            return Outcome<Registration>.Invalid("Decision", "This application was withdrawn.");
        }

        if (registration.Status == decision)
        {
            return Outcome<Registration>.Ok(registration);
        }

        if (decision == RegistrationStatus.Accepted &&
            await db.Registrations.CountAsync(r => r.HackathonId == hackathonId && r.Status == RegistrationStatus.Accepted, ct) >= hackathon.Capacity)
        {
            return Outcome<Registration>.Invalid("Decision", $"All {hackathon.Capacity} seats are taken; wait-list the applicant or raise the capacity.");
        }

        var freesSeat = registration.Status == RegistrationStatus.Accepted;
        registration.Status = decision;
        registration.UpdatedAt = clock.GetUtcNow();
        notifier.Notify(registration.UserId, $"Application to {hackathon.Title}: {Describe(decision)}", StatusMessage(hackathon, decision));
        if (freesSeat)
        {
            await RemoveFromGroupAsync(hackathonId, registration.UserId, ct);
            await db.SaveChangesAsync(ct);
            await PromoteFirstWaitlistedAsync(hackathon, excludeId: registration.Id, ct);
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        changes?.Publish(hackathonId);
        return Outcome<Registration>.Ok(registration);
    }

    /// <summary>The applicant withdraws; a freed seat goes to the first on the wait-list, who is told.</summary>
    public async Task<Outcome<Registration>> WithdrawAsync(int hackathonId, string userId, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.LockHackathonAsync(hackathonId, ct);
        var registration = await db.Registrations.Include(r => r.Hackathon).FirstOrDefaultAsync(r => r.HackathonId == hackathonId && r.UserId == userId, ct);
        if (registration?.Hackathon is not { } hackathon || registration.Status == RegistrationStatus.Withdrawn)
        {
            return Outcome<Registration>.NotFound();
        }

        var freesSeat = registration.Status == RegistrationStatus.Accepted;
        registration.Status = RegistrationStatus.Withdrawn;
        registration.UpdatedAt = clock.GetUtcNow();
        await RemoveFromGroupAsync(hackathonId, userId, ct);
        await db.SaveChangesAsync(ct);
        if (freesSeat)
        {
            await PromoteFirstWaitlistedAsync(hackathon, excludeId: registration.Id, ct);
            await db.SaveChangesAsync(ct);
        }

        await tx.CommitAsync(ct);
        changes?.Publish(hackathonId);
        return Outcome<Registration>.Ok(registration);
    }

    /// <summary>Applications to a hackathon in arrival order, with applicants and answers.</summary>
    public async Task<IReadOnlyList<Registration>> ListAsync(int hackathonId, CancellationToken ct = default) =>
        await db.Registrations.AsNoTracking().Include(r => r.User).Include(r => r.Answers)
            .Where(r => r.HackathonId == hackathonId).OrderBy(r => r.Sequence).ToListAsync(ct);

    /// <summary>An account's applications, newest hackathon first.</summary>
    public async Task<IReadOnlyList<Registration>> ListForUserAsync(string userId, CancellationToken ct = default) =>
        (await db.Registrations.AsNoTracking().Include(r => r.Hackathon).Where(r => r.UserId == userId).ToListAsync(ct))
            .OrderByDescending(r => r.Hackathon!.StartsAt).ToList();

    /// <summary>An account's application to one hackathon, if any.</summary>
    public Task<Registration?> FindAsync(int hackathonId, string userId, CancellationToken ct = default) =>
        db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.HackathonId == hackathonId && r.UserId == userId, ct);

    /// <summary>The applicant's place on the wait-list, from 1, or null when not wait-listed.</summary>
    public async Task<int?> WaitlistPositionAsync(Registration registration, CancellationToken ct = default) =>
        registration.Status != RegistrationStatus.Waitlisted ? null
            : 1 + await db.Registrations.CountAsync(r => r.HackathonId == registration.HackathonId && r.Status == RegistrationStatus.Waitlisted && r.Sequence < registration.Sequence, ct);

    private async Task PromoteFirstWaitlistedAsync(Hackathon hackathon, int excludeId, CancellationToken ct)
    {
        var accepted = await db.Registrations.CountAsync(r => r.HackathonId == hackathon.Id && r.Status == RegistrationStatus.Accepted, ct);
        if (accepted >= hackathon.Capacity)
        {
            return;
        }

        var next = await db.Registrations.Where(r => r.HackathonId == hackathon.Id && r.Status == RegistrationStatus.Waitlisted && r.Id != excludeId)
            .OrderBy(r => r.Sequence).FirstOrDefaultAsync(ct);
        if (next is null)
        {
            return;
        }

        next.Status = RegistrationStatus.Accepted;
        next.UpdatedAt = clock.GetUtcNow();
        notifier.Notify(next.UserId, $"A seat freed up: you are accepted to {hackathon.Title}", StatusMessage(hackathon, RegistrationStatus.Accepted));
    }

    private async Task RemoveFromGroupAsync(int hackathonId, string userId, CancellationToken ct) =>
        db.GroupMembers.RemoveRange(await db.GroupMembers.Where(m => m.HackathonId == hackathonId && m.UserId == userId).ToListAsync(ct));

    private static Outcome<Registration>? ValidateAnswers(Hackathon hackathon, IReadOnlyDictionary<int, string> answers)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var question in hackathon.Questions)
        {
            var text = answers.GetValueOrDefault(question.Id)?.Trim() ?? "";
            if (question.IsRequired && text.Length == 0)
            {
                errors[$"Answers[{question.Id}]"] = [$"Please answer \"{question.Text}\"."];
            }
            else if (text.Length > HackathonLimits.AnswerLength)
            {
                errors[$"Answers[{question.Id}]"] = [$"Answers may have at most {HackathonLimits.AnswerLength} characters."];
            }
        }

        foreach (var unknown in answers.Keys.Where(k => hackathon.Questions.All(q => q.Id != k)))
        {
            errors[$"Answers[{unknown}]"] = ["This question does not belong to the hackathon."];
        }

        return errors.Count > 0 ? Outcome<Registration>.Invalid(errors) : null;
    }

    private static string Describe(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Accepted => "accepted",
        RegistrationStatus.Waitlisted => "wait-listed",
        RegistrationStatus.Rejected => "not accepted",
        RegistrationStatus.Pending => "received",
        _ => "withdrawn",
    };

    private static string StatusMessage(Hackathon hackathon, RegistrationStatus status) => status switch
    {
        RegistrationStatus.Accepted => $"You have a seat at {hackathon.Title} ({hackathon.StartsAt:d MMM yyyy}, {hackathon.Venue}). Your group will appear under My hackathons.",
        RegistrationStatus.Waitlisted => $"{hackathon.Title} is full. You are on the wait-list and will be told as soon as a seat frees up.",
        RegistrationStatus.Rejected => $"We are sorry: your application to {hackathon.Title} was not accepted this time.",
        _ => $"The organisers of {hackathon.Title} will review your application.",
    };
}
