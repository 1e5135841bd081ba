using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Tests.Grading;
using HackathonPlatform.Core.Tests.Infrastructure;
using HackathonPlatform.Core.Usage;

namespace HackathonPlatform.Core.Tests.Usage;

public sealed class UsageServiceTests(PostgresServer postgres) : DataTestBase(postgres)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_record_opens_once_and_closes_on_stop(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var clock = new ManualClock();
        await using var s = new Scenario(database.NewContext(), clock);
        var (hackathon, group) = await GroupAsync(s);
        var usage = new UsageService(s.Db, clock);

        var opened = await usage.OpenAsync(Start(group, 2, clock.Now));
        // Re-attaching after a restart opens again: the same record comes back, nothing is counted twice.
        var again = await usage.OpenAsync(Start(group, 2, clock.Now));
        clock.Advance(TimeSpan.FromMinutes(90));
        var closed = await usage.CloseAsync($"group-{group.Id}");

        Assert.True(opened.Succeeded, opened.ErrorSummary);
        Assert.Equal(opened.Value!.Id, again.Value!.Id);
        Assert.Equal(hackathon.Id, opened.Value.HackathonId);
        Assert.Equal(1, closed);
        Assert.Equal(0, await usage.CloseAsync($"group-{group.Id}"));
        await using var check = database.NewContext();
        var record = Assert.Single(check.UsageRecords.Where(u => u.GroupId == group.Id));
        Assert.Equal(clock.Now, record.StoppedAt);
        Assert.Equal("gpu-a100", record.Flavour);
        Assert.Equal(UsageSources.Server, record.Source);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Gpu_hours_sum_gpus_times_duration_with_running_records_up_to_now(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var clock = new ManualClock();
        await using var s = new Scenario(database.NewContext(), clock);
        var (hackathon, group) = await GroupAsync(s);
        var (_, other) = await GroupAsync(s, hackathon);
        var usage = new UsageService(s.Db, clock);

        await usage.OpenAsync(Start(group, 2, clock.Now));
        clock.Advance(TimeSpan.FromHours(1.5));
        await usage.CloseAsync($"group-{group.Id}");
        await usage.OpenAsync(Start(group, 0, clock.Now) with { Flavour = "cpu" });
        await usage.CloseAsync($"group-{group.Id}");
        await usage.OpenAsync(Start(other, 1, clock.Now));
        await usage.OpenAsync(Start(group, 4, clock.Now) with { Source = UsageSources.Job });
        clock.Advance(TimeSpan.FromMinutes(30));

        // 2 × 1.5 h + 4 × 0.5 h (job, still running) = 5; the other group: 1 × 0.5 h, running.
        Assert.Equal(5, await usage.GpuHoursOfGroupAsync(group.Id), 6);
        Assert.Equal(0.5, await usage.GpuHoursOfGroupAsync(other.Id), 6);
        Assert.Equal(5.5, await usage.GpuHoursOfHackathonAsync(hackathon.Id), 6);
        var byGroup = await usage.ByGroupAsync(hackathon.Id);
        Assert.Equal(4, byGroup[group.Id].RunningGpus);
        Assert.Equal(1, byGroup[other.Id].RunningGpus);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Hub_restart_closes_records_of_servers_found_stopped_and_keeps_running_ones(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var clock = new ManualClock();
        var (hackathon, gone, alive) = (0, 0, 0);
        await using (var before = new Scenario(database.NewContext(), clock))
        {
            var (h, g1) = await GroupAsync(before);
            var (_, g2) = await GroupAsync(before, h);
            (hackathon, gone, alive) = (h.Id, g1.Id, g2.Id);
            var usage = new UsageService(before.Db, clock);
            await usage.OpenAsync(Start(g1, 1, clock.Now));
            await usage.OpenAsync(Start(g2, 1, clock.Now));
        }

        clock.Advance(TimeSpan.FromHours(2));
        // A new context stands for the restarted hub: only the database carries over.
        await using var after = new Scenario(database.NewContext(), clock);
        var closed = await new UsageService(after.Db, clock).ReconcileAsync([$"group-{alive}"]);
        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(1, closed);
        var usageAfter = new UsageService(after.Db, clock);
        Assert.Equal(2, await usageAfter.GpuHoursOfGroupAsync(gone), 6);
        Assert.Equal(3, await usageAfter.GpuHoursOfGroupAsync(alive), 6);
        Assert.Equal(0, await usageAfter.ReconcileAsync([$"group-{alive}"]));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Gpu_starts_beyond_the_quota_are_refused_with_the_reason(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var clock = new ManualClock();
        await using var s = new Scenario(database.NewContext(), clock);
        var (hackathon, group) = await GroupAsync(s);
        var (_, other) = await GroupAsync(s, hackathon);
        hackathon.GpuHoursPerGroup = 2;
        hackathon.MaxConcurrentGpus = 3;
        await s.Db.SaveChangesAsync();
        var usage = new UsageService(s.Db, clock);

        Assert.True((await usage.CheckQuotaAsync(group.Id, 2)).Succeeded);
        await usage.OpenAsync(Start(group, 2, clock.Now));
        var concurrent = await usage.CheckQuotaAsync(other.Id, 2);
        clock.Advance(TimeSpan.FromHours(1));
        await usage.CloseAsync($"group-{group.Id}");
        var spent = await usage.CheckQuotaAsync(group.Id, 1);
        var cpu = await usage.CheckQuotaAsync(group.Id, 0);

        Assert.False(concurrent.Succeeded);
        Assert.Contains("allows 3 GPUs at once and 2 are in use", concurrent.ErrorSummary, StringComparison.Ordinal);
        Assert.False(spent.Succeeded);
        Assert.Contains("used 2 of its 2 GPU-hours", spent.ErrorSummary, StringComparison.Ordinal);
        Assert.True(cpu.Succeeded);
        Assert.Equal(1, cpu.Value!.QuotaFraction);
        Assert.True((await usage.CheckQuotaAsync(other.Id, 2)).Succeeded);
        Assert.True((await usage.CheckQuotaAsync(-1, 1)).IsNotFound);
    }

    private static UsageStart Start(Group group, int gpus, DateTimeOffset at) =>
        new($"group-{group.Id}", group.Id, null, "gpu-a100", gpus, at);

    private static async Task<(Hackathon Hackathon, Group Group)> GroupAsync(Scenario s, Hackathon? hackathon = null)
    {
        hackathon ??= await s.PublishedHackathonAsync();
        var group = await s.Groups.CreateAsync(hackathon.Id, "Team " + Guid.NewGuid().ToString("N")[..6]);
        Assert.True(group.Succeeded, group.ErrorSummary);
        return (hackathon, group.Value!);
    }
}
