using HackathonPlatform.Core.Hackathons;
using HackathonPlatform.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Tests.Hackathons;

public sealed class HackathonServiceTests(PostgresServer postgres) : DataTestBase(postgres)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Invalid_hackathons_get_a_message_per_field_and_nothing_is_saved(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        await using var s = new Scenario(database.NewContext());
        var organiser = await s.UserAsync("org");
        var start = DateTimeOffset.UtcNow.AddDays(10);
        var bad = new HackathonInput { Title = new string('t', 201), StartsAt = start, EndsAt = start.AddHours(-1), Capacity = 0, GroupSize = 0, Venue = new string('v', 201) };

        var outcome = await s.Hackathons.CreateAsync(bad, organiser.Id);

        Assert.False(outcome.Succeeded);
        Assert.Contains(nameof(HackathonInput.Title), outcome.Errors.Keys);
        Assert.Contains(nameof(HackathonInput.EndsAt), outcome.Errors.Keys);
        Assert.Contains(nameof(HackathonInput.Capacity), outcome.Errors.Keys);
        Assert.Contains(nameof(HackathonInput.GroupSize), outcome.Errors.Keys);
        Assert.Contains(nameof(HackathonInput.Venue), outcome.Errors.Keys);
        Assert.Equal(0, await s.Db.Hackathons.CountAsync());
        Assert.False((await s.Hackathons.CreateAsync(Scenario.ValidInput(capacity: -3), organiser.Id)).Succeeded);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Creation_makes_an_unpublished_hackathon_with_a_unique_slug_and_its_creator_as_organiser(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        await using var s = new Scenario(database.NewContext());
        var organiser = await s.UserAsync("org");
        var input = Scenario.ValidInput() with { Title = "Advanced AI Hackathon — Padova" };

        var first = (await s.Hackathons.CreateAsync(input, organiser.Id)).Value!;
        var second = (await s.Hackathons.CreateAsync(input, organiser.Id)).Value!;

        Assert.Equal("advanced-ai-hackathon-padova", first.Slug);
        Assert.Equal("advanced-ai-hackathon-padova-2", second.Slug);
        Assert.False(first.IsPublished);
        Assert.Empty(await s.Hackathons.ListPublishedAsync());
        Assert.True(await s.Access.IsOrganiserAsync(organiser.Id, first.Id));
        var taken = await s.Hackathons.CreateAsync(input with { Slug = first.Slug }, organiser.Id);
        Assert.Contains("taken", taken.ErrorSummary, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Capacity_cannot_drop_below_the_accepted_participants(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        await using var s = new Scenario(database.NewContext());
        var hackathon = await s.PublishedHackathonAsync(Scenario.ValidInput(capacity: 5));
        for (var i = 0; i < 3; i++)
        {
            await s.Registrations.ApplyAsync(hackathon.Id, (await s.UserAsync($"u{i}")).Id, Scenario.Answers(hackathon));
        }

        var input = Scenario.ValidInput(capacity: 2) with { Title = hackathon.Title };
        var outcome = await s.Hackathons.UpdateAsync(hackathon.Id, input);

        Assert.Contains(nameof(HackathonInput.Capacity), outcome.Errors.Keys);
        Assert.Equal(5, (await s.Hackathons.FindAsync(hackathon.Id))!.Capacity);
    }
}
