using System.Diagnostics;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Web.Servers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Usage;

public sealed class ServerUsageTests(UsageHub hub) : IClassFixture<UsageHub>
{
    [Fact]
    public async Task A_gpu_server_over_the_quota_is_refused_with_the_reason_and_nothing_starts()
    {
        var (hackathon, group) = await GroupAsync("Quota", "Gpu team");
        await SetQuotaAsync(hackathon.Id, 0);
        var manager = hub.Services.GetRequiredService<ServerManager>();

        var view = await manager.StartAsync(WorkspaceOwner.ForGroup(group.Id), CancellationToken.None);

        Assert.Equal(NotebookServerState.Failed, view.State);
        Assert.Contains("used 0 of its 0 GPU-hours", view.Message, StringComparison.Ordinal);
        Assert.Null(await hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().NotebookServers.FirstOrDefaultAsync(s => s.OwnerKey == view.OwnerKey)));
    }

    [Fact]
    public async Task A_ready_server_opens_a_usage_record_with_its_flavour_and_stopping_closes_it()
    {
        var (_, group) = await GroupAsync("Accounted", "Gpu team");
        var owner = WorkspaceOwner.ForGroup(group.Id);
        var manager = hub.Services.GetRequiredService<ServerManager>();

        await manager.StartAsync(owner, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        while ((await manager.GetAsync(owner, CancellationToken.None)).State is not (NotebookServerState.Ready or NotebookServerState.Failed))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), "The server did not start in time.");
            await Task.Delay(200);
        }

        var open = await RecordsAsync(owner);
        await manager.StopAsync(owner, "Test stop.", CancellationToken.None);
        var closed = await RecordsAsync(owner);

        var record = Assert.Single(open);
        Assert.Equal(("gpu-a100", 1, (DateTimeOffset?)null), (record.Flavour, record.GpuCount, record.StoppedAt));
        Assert.NotNull(Assert.Single(closed).StoppedAt);
    }

    private Task<List<UsageRecord>> RecordsAsync(WorkspaceOwner owner) =>
        hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().UsageRecords.AsNoTracking().Where(u => u.OwnerKey == owner.Key).ToListAsync());

    private Task<int> SetQuotaAsync(int hackathonId, double gpuHours) =>
        hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().Hackathons.Where(h => h.Id == hackathonId).ExecuteUpdateAsync(u => u.SetProperty(h => h.GpuHoursPerGroup, gpuHours)));

    private async Task<(Hackathon Hackathon, Group Group)> GroupAsync(string title, string groupName)
    {
        var organiser = await hub.CreateUserAsync($"{title.ToLowerInvariant()}-organiser", PlatformRoles.Organiser);
        var hackathon = await hub.CreateHackathonAsync(organiser, title);
        return (hackathon, await hub.GroupAsync(hackathon, groupName));
    }
}
