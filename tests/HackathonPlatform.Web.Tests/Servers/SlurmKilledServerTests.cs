using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Groups;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Spawning;
using HackathonPlatform.Web.Servers;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Servers;

/// <summary>A group's server as a Slurm job: allocated a GPU flavour, cancelled with scancel behind the hub's back.</summary>
public sealed class SlurmKilledServerTests(SlurmHub hub) : IClassFixture<SlurmHub>
{
    [Fact]
    public async Task A_server_job_cancelled_by_scancel_is_marked_stopped_its_usage_closed_and_it_starts_again()
    {
        var organiser = await hub.CreateUserAsync("slurm-organiser", PlatformRoles.Organiser);
        var hackathon = await hub.CreateHackathonAsync(organiser, "Slurm killed");
        var group = await hub.GroupAsync(hackathon, "Gpu team");
        var allocation = await hub.WithScopeAsync(sp => sp.GetRequiredService<GroupFlavourService>().AllocateAsync(hackathon.Id, group.Id, "gpu-one"));
        Assert.True(allocation.Succeeded, allocation.ErrorSummary);
        var owner = WorkspaceOwner.ForGroup(group.Id);
        var manager = hub.Services.GetRequiredService<ServerManager>();

        await manager.StartAsync(owner, CancellationToken.None);
        var ready = await ServerWait.ReadyAsync(manager, owner, TimeSpan.FromSeconds(150));
        var record = await ServerWait.RecordAsync(hub, owner, r => r.State == NotebookServerState.Ready, TimeSpan.FromSeconds(10), "the ready record");
        var jobId = hub.SavedState(record).Get("jobId")!;
        var job = await hub.SlurmCommandAsync("scontrol", "show", "job", jobId);

        await hub.SlurmCommandAsync("scancel", jobId);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var stopped = await ServerWait.RecordAsync(hub, owner, r => r.State == NotebookServerState.Stopped, TimeSpan.FromSeconds(30), "the poll to notice scancel");
        var noticedAfter = clock.Elapsed;
        var usage = await ServerWait.UsageAsync(hub, owner);

        await manager.StartAsync(owner, CancellationToken.None);
        var again = await ServerWait.ReadyAsync(manager, owner, TimeSpan.FromSeconds(150));
        var secondJob = hub.SavedState(await ServerWait.RecordAsync(hub, owner, r => r.State == NotebookServerState.Ready, TimeSpan.FromSeconds(10), "the second ready record")).Get("jobId");
        await manager.StopAsync(owner, "Test finished.", CancellationToken.None);

        Assert.Equal("gpu-one", ready.Flavour);
        Assert.Matches("gres/gpu=1|gres:gpu:1", job);
        Assert.Contains("stopped unexpectedly", stopped.Message, StringComparison.Ordinal);
        Assert.True(noticedAfter < TimeSpan.FromSeconds(15), $"Noticed after {noticedAfter.TotalSeconds:0.0} s with a 1 s poll interval.");
        var closed = Assert.Single(usage);
        Assert.Equal(("gpu-one", 1), (closed.Flavour, closed.GpuCount));
        Assert.NotNull(closed.StoppedAt);
        Assert.Equal(NotebookServerState.Ready, again.State);
        Assert.NotEqual(jobId, secondJob);
    }
}
