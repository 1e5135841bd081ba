using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Tests.Registrations;

public sealed class RegistrationServiceTests(PostgresServer postgres) : DataTestBase(postgres)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Hundred_concurrent_applications_to_twenty_seats_accept_exactly_twenty_and_waitlist_eighty_in_arrival_order(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        int hackathonId;
        var userIds = new List<string>();
        await using (var setup = new Scenario(database.NewContext()))
        {
            var hackathon = await setup.PublishedHackathonAsync(Scenario.ValidInput(capacity: 20));
            hackathonId = hackathon.Id;
            for (var i = 0; i < 100; i++)
            {
                userIds.Add((await setup.UserAsync($"applicant{i:000}")).Id);
            }
        }

        await using var read = new Scenario(database.NewContext());
        var questions = (await read.Hackathons.FindAsync(hackathonId))!;
        using var gate = new ManualResetEventSlim(false);
        var tasks = userIds.Select(userId => Task.Run(async () =>
        {
            gate.Wait();
            await using var scenario = new Scenario(database.NewContext());
            var outcome = await scenario.Registrations.ApplyAsync(hackathonId, userId, Scenario.Answers(questions));
            Assert.True(outcome.Succeeded, outcome.ErrorSummary);
            return outcome.Value!;
        })).ToList();
        gate.Set();
        await Task.WhenAll(tasks);

        var all = await read.Db.Registrations.AsNoTracking().Where(r => r.HackathonId == hackathonId).OrderBy(r => r.Sequence).ToListAsync();
        Assert.Equal(100, all.Count);
        Assert.Equal(Enumerable.Range(1, 100), all.Select(r => r.Sequence));
        Assert.Equal(20, all.Count(r => r.Status == RegistrationStatus.Accepted));
        Assert.Equal(80, all.Count(r => r.Status == RegistrationStatus.Waitlisted));
        // Arrival order is the order in which applications took the lock: the first twenty hold the seats.
        Assert.All(all.Take(20), r => Assert.Equal(RegistrationStatus.Accepted, r.Status));
        Assert.All(all.Skip(20), r => Assert.Equal(RegistrationStatus.Waitlisted, r.Status));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Withdrawal_of_an_accepted_participant_promotes_the_first_waitlisted_and_tells_them(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        await using var s = new Scenario(database.NewContext());
        var hackathon = await s.PublishedHackathonAsync(Scenario.ValidInput(capacity: 2));
        var users = new List<PlatformUser>();
        for (var i = 0; i < 4; i++)
        {
            users.Add(await s.UserAsync($"p{i}"));
            await s.Registrations.ApplyAsync(hackathon.Id, users[i].Id, Scenario.Answers(hackathon));
        }

        var withdrawn = await s.Registrations.WithdrawAsync(hackathon.Id, users[0].Id);
        Assert.True(withdrawn.Succeeded);

        var statuses = (await s.Registrations.ListAsync(hackathon.Id)).ToDictionary(r => r.UserId, r => r.Status);
        Assert.Equal(RegistrationStatus.Withdrawn, statuses[users[0].Id]);
        Assert.Equal(RegistrationStatus.Accepted, statuses[users[1].Id]);
        Assert.Equal(RegistrationStatus.Accepted, statuses[users[2].Id]);
        Assert.Equal(RegistrationStatus.Waitlisted, statuses[users[3].Id]);
        Assert.Contains(await s.Db.Notifications.Where(n => n.UserId == users[2].Id).ToListAsync(), n => n.Subject.StartsWith("A seat freed up", StringComparison.Ordinal));
        var position = await s.Registrations.WaitlistPositionAsync((await s.Registrations.FindAsync(hackathon.Id, users[3].Id))!);
        Assert.Equal(1, position);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Organiser_decisions_respect_capacity_and_rejecting_an_accepted_participant_frees_the_seat(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        await using var s = new Scenario(database.NewContext());
        var hackathon = await s.PublishedHackathonAsync(Scenario.ValidInput(capacity: 1, autoAccept: false));
        var a = await s.UserAsync("a");
        var b = await s.UserAsync("b");
        var ra = (await s.Registrations.ApplyAsync(hackathon.Id, a.Id, Scenario.Answers(hackathon))).Value!;
        var rb = (await s.Registrations.ApplyAsync(hackathon.Id, b.Id, Scenario.Answers(hackathon))).Value!;
        Assert.Equal(RegistrationStatus.Pending, ra.Status);

        Assert.True((await s.Registrations.DecideAsync(hackathon.Id, ra.Id, RegistrationStatus.Accepted)).Succeeded);
        var full = await s.Registrations.DecideAsync(hackathon.Id, rb.Id, RegistrationStatus.Accepted);
        Assert.False(full.Succeeded);
        Assert.Contains("seats are taken", full.ErrorSummary, StringComparison.Ordinal);
        Assert.True((await s.Registrations.DecideAsync(hackathon.Id, rb.Id, RegistrationStatus.Waitlisted)).Succeeded);

        Assert.True((await s.Registrations.DecideAsync(hackathon.Id, ra.Id, RegistrationStatus.Rejected)).Succeeded);
        Assert.Equal(RegistrationStatus.Accepted, (await s.Registrations.FindAsync(hackathon.Id, b.Id))!.Status);
        Assert.Equal(RegistrationStatus.Rejected, (await s.Registrations.FindAsync(hackathon.Id, a.Id))!.Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Invalid_applications_are_refused_and_save_nothing(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        await using var s = new Scenario(database.NewContext());
        var hackathon = await s.PublishedHackathonAsync();
        var user = await s.UserAsync("x");

        var missing = await s.Registrations.ApplyAsync(hackathon.Id, user.Id, new Dictionary<int, string> { [hackathon.Questions[0].Id] = "Physics" });
        Assert.Contains(missing.Errors.Keys, k => k == $"Answers[{hackathon.Questions[1].Id}]");
        var tooLong = await s.Registrations.ApplyAsync(hackathon.Id, user.Id, new Dictionary<int, string> { [hackathon.Questions[0].Id] = new string('a', 2001), [hackathon.Questions[1].Id] = "x" });
        Assert.False(tooLong.Succeeded);
        var foreign = await s.Registrations.ApplyAsync(hackathon.Id, user.Id, new Dictionary<int, string>(Scenario.Answers(hackathon)) { [999_999] = "?" });
        Assert.False(foreign.Succeeded);
        Assert.True((await s.Registrations.ApplyAsync(999_999, user.Id, Scenario.Answers(hackathon))).IsNotFound);
        Assert.Equal(0, await s.Db.Registrations.CountAsync());

        Assert.True((await s.Registrations.ApplyAsync(hackathon.Id, user.Id, Scenario.Answers(hackathon))).Succeeded);
        var twice = await s.Registrations.ApplyAsync(hackathon.Id, user.Id, Scenario.Answers(hackathon));
        Assert.Contains("already applied", twice.ErrorSummary, StringComparison.Ordinal);
        Assert.Equal(1, await s.Db.Registrations.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Applications_outside_the_registration_window_or_to_unpublished_hackathons_are_refused(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        await using var s = new Scenario(database.NewContext());
        var closed = await s.PublishedHackathonAsync(Scenario.ValidInput() with { RegistrationOpensAt = DateTimeOffset.UtcNow.AddDays(-5), RegistrationClosesAt = DateTimeOffset.UtcNow.AddDays(-1) });
        var user = await s.UserAsync("late");
        var late = await s.Registrations.ApplyAsync(closed.Id, user.Id, Scenario.Answers(closed));
        Assert.Contains("Registration is open from", late.ErrorSummary, StringComparison.Ordinal);

        var organiser = await s.UserAsync("org");
        var draft = (await s.Hackathons.CreateAsync(Scenario.ValidInput(), organiser.Id)).Value!;
        Assert.True((await s.Registrations.ApplyAsync(draft.Id, user.Id, new Dictionary<int, string>())).IsNotFound);
    }
}
