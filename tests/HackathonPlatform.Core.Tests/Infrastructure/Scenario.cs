using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Groups;
using HackathonPlatform.Core.Hackathons;
using HackathonPlatform.Core.Registrations;
using Microsoft.Extensions.Logging.Abstractions;

namespace HackathonPlatform.Core.Tests.Infrastructure;

/// <summary>Services over one context, and helpers that create accounts and hackathons.</summary>
public sealed class Scenario(HubDbContext db, TimeProvider? clock = null) : IAsyncDisposable
{
    public HubDbContext Db { get; } = db;

    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    public HackathonService Hackathons => new(Db, Clock);

    public RegistrationService Registrations => new(Db, new StoredNotifier(Db, Clock, NullLogger<StoredNotifier>.Instance), Clock);

    public GroupService Groups => new(Db);

    public StaffService Staff => new(Db);

    public HackathonAccess Access => new(Db);

    public static HackathonInput ValidInput(int capacity = 20, bool autoAccept = true, int groupSize = 4) => new()
    {
        Title = "Test hackathon " + Guid.NewGuid().ToString("N")[..6],
        Venue = "Padova",
        StartsAt = DateTimeOffset.UtcNow.AddDays(30),
        EndsAt = DateTimeOffset.UtcNow.AddDays(33),
        RegistrationOpensAt = DateTimeOffset.UtcNow.AddDays(-1),
        Capacity = capacity,
        GroupSize = Math.Max(1, Math.Min(groupSize, capacity)),
        AutoAccept = autoAccept,
        Questions = [new QuestionInput("Your research field"), new QuestionInput("Experience", IsSkill: true)],
    };

    public async Task<PlatformUser> UserAsync(string name)
    {
        var user = new PlatformUser
        {
            UserName = $"{name}@test.local",
            NormalizedUserName = $"{name}@test.local".ToUpperInvariant(),
            Email = $"{name}@test.local",
            NormalizedEmail = $"{name}@test.local".ToUpperInvariant(),
            DisplayName = name,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        Db.Users.Add(user);
        await Db.SaveChangesAsync();
        return user;
    }

    public async Task<Hackathon> PublishedHackathonAsync(HackathonInput? input = null)
    {
        var organiser = await UserAsync("organiser-" + Guid.NewGuid().ToString("N")[..6]);
        var created = await Hackathons.CreateAsync(input ?? ValidInput(), organiser.Id);
        Assert.True(created.Succeeded, created.ErrorSummary);
        await Hackathons.SetPublishedAsync(created.Value!.Id, true);
        return (await Hackathons.FindAsync(created.Value.Id))!;
    }

    public static Dictionary<int, string> Answers(Hackathon hackathon, string skill = "deep learning") => new()
    {
        [hackathon.Questions[0].Id] = "Particle physics",
        [hackathon.Questions[1].Id] = skill,
    };

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
