using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Groups;
using HackathonPlatform.Core.Tests.Infrastructure;

namespace HackathonPlatform.Core.Tests.Groups;

public sealed class GroupServiceTests(PostgresServer postgres) : DataTestBase(postgres)
{
    [Fact]
    public void Dealing_spreads_each_skill_across_groups_of_balanced_size()
    {
        var people = Enumerable.Range(0, 18).Select(i => (Id: i, Skill: i % 3 == 0 ? "quantum" : i % 3 == 1 ? "deep learning" : "none")).ToList();

        var groups = GroupFormation.Deal(people, 4, p => p.Skill);

        Assert.Equal(5, groups.Count);
        Assert.All(groups, g => Assert.InRange(g.Count, 3, 4));
        Assert.Equal(18, groups.Sum(g => g.Count));
        foreach (var skill in new[] { "quantum", "deep learning", "none" })
        {
            // Six people of each skill over five groups: every group gets one or two.
            Assert.All(groups, g => Assert.InRange(g.Count(p => p.Skill == skill), 1, 2));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Automatic_formation_groups_every_accepted_participant_once(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        await using var s = new Scenario(database.NewContext());
        var hackathon = await s.PublishedHackathonAsync(Scenario.ValidInput(capacity: 20));
        for (var i = 0; i < 22; i++)
        {
            await s.Registrations.ApplyAsync(hackathon.Id, (await s.UserAsync($"u{i}")).Id, Scenario.Answers(hackathon, i % 2 == 0 ? "quantum" : "deep learning"));
        }

        var formed = await s.Groups.FormAutomaticallyAsync(hackathon.Id, hackathon.Questions[1].Id);

        Assert.True(formed.Succeeded, formed.ErrorSummary);
        var groups = await s.Groups.ListAsync(hackathon.Id);
        Assert.Equal(5, groups.Count);
        Assert.All(groups, g => Assert.Equal(4, g.Members.Count));
        Assert.Equal(20, groups.SelectMany(g => g.Members).Select(m => m.UserId).Distinct().Count());
        Assert.All(groups, g => Assert.Equal(8, g.InviteCode.Length));
        Assert.False((await s.Groups.FormAutomaticallyAsync(hackathon.Id, null)).Succeeded);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Invite_codes_work_only_when_self_formed_groups_are_allowed_and_groups_are_not_full(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        await using var s = new Scenario(database.NewContext());
        var hackathon = await s.PublishedHackathonAsync(Scenario.ValidInput(groupSize: 1) with { AllowSelfFormedGroups = true });
        var a = await s.UserAsync("a");
        var b = await s.UserAsync("b");
        var outsider = await s.UserAsync("outsider");
        await s.Registrations.ApplyAsync(hackathon.Id, a.Id, Scenario.Answers(hackathon));
        await s.Registrations.ApplyAsync(hackathon.Id, b.Id, Scenario.Answers(hackathon));
        var group = (await s.Groups.CreateAsync(hackathon.Id, "Qubits")).Value!;

        Assert.True((await s.Groups.JoinWithCodeAsync(hackathon.Id, a.Id, group.InviteCode.ToLowerInvariant())).Succeeded);
        Assert.Contains("already has 1 members", (await s.Groups.JoinWithCodeAsync(hackathon.Id, b.Id, group.InviteCode)).ErrorSummary, StringComparison.Ordinal);
        Assert.Contains("accepted participants", (await s.Groups.AddMemberAsync(hackathon.Id, group.Id, outsider.Id)).ErrorSummary, StringComparison.Ordinal);
        Assert.Contains("No group", (await s.Groups.JoinWithCodeAsync(hackathon.Id, b.Id, "WRONG123")).ErrorSummary, StringComparison.Ordinal);
        Assert.Equal("Qubits", (await s.Groups.FindGroupOfAsync(hackathon.Id, a.Id))!.Name);

        var closed = await s.PublishedHackathonAsync();
        await s.Registrations.ApplyAsync(closed.Id, a.Id, Scenario.Answers(closed));
        var closedGroup = (await s.Groups.CreateAsync(closed.Id, "Closed")).Value!;
        Assert.Contains("organisers form the groups", (await s.Groups.JoinWithCodeAsync(closed.Id, a.Id, closedGroup.InviteCode)).ErrorSummary, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Group_names_are_unique_within_a_hackathon_and_withdrawal_leaves_the_group(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        await using var s = new Scenario(database.NewContext());
        var hackathon = await s.PublishedHackathonAsync();
        var g1 = (await s.Groups.CreateAsync(hackathon.Id, "Alpha")).Value!;
        var g2 = (await s.Groups.CreateAsync(hackathon.Id, "Beta")).Value!;
        Assert.False((await s.Groups.CreateAsync(hackathon.Id, "Alpha")).Succeeded);
        Assert.False((await s.Groups.RenameAsync(hackathon.Id, g2.Id, " Alpha ")).Succeeded);
        Assert.False((await s.Groups.RenameAsync(hackathon.Id, g2.Id, new string('n', 81))).Succeeded);
        Assert.True((await s.Groups.RenameAsync(hackathon.Id, g2.Id, "Gamma")).Succeeded);

        var user = await s.UserAsync("member");
        await s.Registrations.ApplyAsync(hackathon.Id, user.Id, Scenario.Answers(hackathon));
        Assert.True((await s.Groups.AddMemberAsync(hackathon.Id, g1.Id, user.Id)).Succeeded);
        Assert.True((await s.Groups.AddMemberAsync(hackathon.Id, g2.Id, user.Id)).Succeeded);
        Assert.Equal("Gamma", (await s.Groups.FindGroupOfAsync(hackathon.Id, user.Id))!.Name);

        await s.Registrations.WithdrawAsync(hackathon.Id, user.Id);
        Assert.Null(await s.Groups.FindGroupOfAsync(hackathon.Id, user.Id));
        Assert.Equal(RegistrationStatus.Withdrawn, (await s.Registrations.FindAsync(hackathon.Id, user.Id))!.Status);
    }
}
