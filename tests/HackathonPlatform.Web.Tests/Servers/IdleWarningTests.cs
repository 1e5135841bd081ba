using System.Globalization;
using System.Text.RegularExpressions;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Web.Servers;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Servers;

/// <summary>Warnings before idle culling: past half of Servers:IdleMinutes, pages say when the server will be stopped.</summary>
public sealed partial class IdleWarningTests(IdleWarningTests.ShiftedHub hub) : IClassFixture<IdleWarningTests.ShiftedHub>
{
    private static readonly DateTimeOffset Start = new(2031, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(29, null)]
    [InlineData(30, null)]
    [InlineData(31, "Idle for 31 min; will be stopped at 10:00 UTC unless used.")]
    [InlineData(59.9, "Idle for 59 min; will be stopped at 10:00 UTC unless used.")]
    public void A_ready_server_is_warned_about_once_idle_for_more_than_half_the_limit(double idleMinutes, string? expected)
    {
        var server = View(NotebookServerState.Ready, lastActivity: Start);

        Assert.Equal(expected, ServerIdleWarning.Describe(server, 60, Start.AddMinutes(idleMinutes)));
    }

    [Fact]
    public void Idle_time_counts_from_the_start_without_activity_and_nothing_is_said_when_culling_is_off_or_the_server_is_not_running()
    {
        var fresh = View(NotebookServerState.Ready, lastActivity: null);

        Assert.Equal("Idle for 45 min; will be stopped at 10:00 UTC unless used.", ServerIdleWarning.Describe(fresh, 60, Start.AddMinutes(45)));
        Assert.Null(ServerIdleWarning.Describe(fresh, 0, Start.AddMinutes(45)));
        Assert.Null(ServerIdleWarning.Describe(View(NotebookServerState.Starting, null), 60, Start.AddMinutes(45)));
        Assert.Null(ServerIdleWarning.Describe(View(NotebookServerState.Stopped, null), 60, Start.AddMinutes(45)));
    }

    [Fact]
    public async Task The_dashboard_and_the_participants_server_page_warn_when_the_server_has_been_idle_for_over_half_the_limit()
    {
        var organiser = await hub.CreateUserAsync("idle-warn-organiser", PlatformRoles.Organiser);
        var hackathon = await hub.CreateHackathonAsync(organiser, "Idle warning");
        var member = await hub.CreateUserAsync("idle-warn-member");
        await hub.ApplyAsync(hackathon, member);
        var group = await hub.GroupAsync(hackathon, "Drowsy", member);
        var owner = WorkspaceOwner.ForGroup(group.Id);
        var manager = hub.Services.GetRequiredService<ServerManager>();
        await manager.StartAsync(owner, CancellationToken.None, member.Id);
        await ServerWait.ReadyAsync(manager, owner);
        using var organiserClient = hub.NewClient();
        await organiserClient.SignInAsync(organiser.Email!, HubFactory.Password);
        using var memberClient = hub.NewClient();
        await memberClient.SignInAsync(member.Email!, HubFactory.Password);

        var fresh = await organiserClient.Http.GetStringAsync($"/organise/{hackathon.Id}");
        hub.Clock.Offset = TimeSpan.FromMinutes(6);
        var before = await manager.GetAsync(owner, CancellationToken.None);
        var dashboard = await organiserClient.Http.GetStringAsync($"/organise/{hackathon.Id}");
        var serverPage = await memberClient.Http.GetStringAsync($"/my/servers/group-{group.Id}");
        var view = await manager.GetAsync(owner, CancellationToken.None);

        Assert.DoesNotContain("will be stopped at", fresh, StringComparison.Ordinal);
        var warning = Warning().Match(dashboard);
        Assert.True(warning.Success, "The dashboard has no idle warning.");
        // Idle since the start or the kernel's last activity the culler read (it may read it meanwhile): 10 minutes after that.
        Assert.Contains(warning.Groups["at"].Value, new[] { before, view }.Select(v => ((v.LastActivityAt ?? v.StartedAt!.Value) + TimeSpan.FromMinutes(10)).UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)));
        Assert.Contains("id=\"idle-warning\"", serverPage, StringComparison.Ordinal);
        Assert.Contains(warning.Value, serverPage, StringComparison.Ordinal);
        Assert.Equal(NotebookServerState.Ready, view.State);
    }

    private static ServerView View(NotebookServerState state, DateTimeOffset? lastActivity) =>
        new("group-1", state, "", [], Start, lastActivity, null, "cpu");

    [GeneratedRegex("Idle for [56] min; will be stopped at (?<at>\\d\\d:\\d\\d) UTC unless used\\.")]
    private static partial Regex Warning();

    /// <summary>Real time moved forward by <see cref="Offset"/>: "six minutes later" without waiting.</summary>
    public sealed class ShiftedClock : TimeProvider
    {
        public TimeSpan Offset { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
    }

    /// <summary>A hub that culls after 10 idle minutes, looking every second, on a clock the test can move.</summary>
    public sealed class ShiftedHub : HubFactory
    {
        public ShiftedClock Clock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Servers:IdleMinutes", "10");
            builder.UseSetting("Servers:CullIntervalSeconds", "1");
            builder.UseSetting("Servers:WarmKernel", "false");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
