using System.Diagnostics;
using System.Globalization;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Spawning;
using HackathonPlatform.Web.Servers;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Servers;

/// <summary>
/// A server that ends behind the hub's back (here: its process killed) is noticed by the hub's poll, without anyone
/// opening a page: its record says stopped, its usage record is closed, and it can be started again.
/// The Slurm case is <see cref="SlurmKilledServerTests"/>.
/// </summary>
public sealed class KilledServerTests(KilledServerTests.PollingHub hub) : IClassFixture<KilledServerTests.PollingHub>
{
    [Fact]
    public async Task A_local_server_killed_behind_the_hubs_back_is_marked_stopped_its_usage_closed_and_it_starts_again()
    {
        var organiser = await hub.CreateUserAsync("killed-organiser", PlatformRoles.Organiser);
        var group = await hub.GroupAsync(await hub.CreateHackathonAsync(organiser, "Killed"), "Victims");
        var owner = WorkspaceOwner.ForGroup(group.Id);
        var manager = hub.Services.GetRequiredService<ServerManager>();
        await manager.StartAsync(owner, CancellationToken.None);
        await ServerWait.ReadyAsync(manager, owner);
        var running = await ServerWait.RecordAsync(hub, owner, r => r.State == NotebookServerState.Ready, TimeSpan.FromSeconds(10), "the ready record");
        var saved = hub.SavedState(running);
        var pid = int.Parse(saved.Get("pid")!, CultureInfo.InvariantCulture);
        // The server's access token is stored encrypted: a copy of the database alone opens no workspace.
        Assert.StartsWith("dp1:", running.SpawnerState, StringComparison.Ordinal);
        Assert.DoesNotContain(saved.Get("token")!, running.SpawnerState, StringComparison.Ordinal);

        using (var process = Process.GetProcessById(pid))
        {
            process.Kill(entireProcessTree: true);
        }

        // Only the database is read from here on: the manager's own pages would notice the exit too.
        var clock = Stopwatch.StartNew();
        var stopped = await ServerWait.RecordAsync(hub, owner, r => r.State == NotebookServerState.Stopped, TimeSpan.FromSeconds(20), "the poll to notice the kill");
        var noticedAfter = clock.Elapsed;
        var usage = await ServerWait.UsageAsync(hub, owner);
        await manager.StartAsync(owner, CancellationToken.None);
        var again = await ServerWait.ReadyAsync(manager, owner);
        await manager.StopAsync(owner, "Test finished.", CancellationToken.None);

        Assert.Contains("stopped unexpectedly", stopped.Message, StringComparison.Ordinal);
        Assert.True(noticedAfter < TimeSpan.FromSeconds(10), $"Noticed after {noticedAfter.TotalSeconds:0.0} s with a 1 s poll interval.");
        Assert.NotNull(Assert.Single(usage).StoppedAt);
        Assert.Equal(NotebookServerState.Ready, again.State);
    }

    /// <summary>A hub that polls its servers every second and never culls.</summary>
    public sealed class PollingHub : HubFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Servers:PollIntervalSeconds", "1");
            builder.UseSetting("Servers:IdleMinutes", "0");
            builder.UseSetting("Servers:WarmKernel", "false");
        }
    }
}
