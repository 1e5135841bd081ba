using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Jobs;

public sealed class JobRestartTests
{
    [Fact]
    public async Task A_hub_restart_while_a_job_runs_re_attaches_it_and_keeps_one_usage_record()
    {
        var data = Path.Combine(Path.GetTempPath(), "hp-jobs-restart-" + Guid.NewGuid().ToString("N")[..8]);
        int jobId, groupId;
        UsageRecord before;
        await using (var first = new JobsHub(data, ownsData: false))
        {
            var organiser = await first.CreateUserAsync("restart-organiser", PlatformRoles.Organiser);
            var member = await first.CreateUserAsync("restart-member");
            var hackathon = await first.CreateHackathonAsync(organiser, "Restart jobs");
            await first.ApplyAsync(hackathon, member);
            groupId = (await first.GroupAsync(hackathon, "Gpu team", member)).Id;
            var outcome = await first.WithScopeAsync(sp => sp.GetRequiredService<BatchJobService>()
                .SubmitAsync(groupId, member.Id, new JobRequest("echo before the restart\nsleep 6\necho after the restart\n", "gpu-a100")));
            Assert.True(outcome.Succeeded, outcome.ErrorSummary);
            jobId = outcome.Value!.Id;
            await first.WaitForAsync(jobId, j => j.State == BatchJobState.Running, TimeSpan.FromSeconds(30), "to run");
            before = Assert.Single(await first.JobRecordsAsync(jobId));
        }

        // The first hub is gone; its job runs on in its own session.
        await using var second = new JobsHub(data, ownsData: true);
        var seenRunning = await second.WaitForAsync(jobId, _ => true, TimeSpan.FromSeconds(5), "to be read");
        var ended = await second.WaitForAsync(jobId, j => j.HasEnded, TimeSpan.FromSeconds(60), "to end after the restart");
        var records = await second.JobRecordsAsync(jobId);

        Assert.Null(before.StoppedAt);
        Assert.Equal(BatchJobState.Running, seenRunning.State);
        Assert.Equal((BatchJobState.Completed, 0), (ended.State, ended.ExitCode));
        var record = Assert.Single(records);
        Assert.Equal((before.Id, before.StartedAt), (record.Id, record.StartedAt));
        Assert.NotNull(record.StoppedAt);
        Assert.InRange((record.StoppedAt!.Value - record.StartedAt).TotalSeconds, 5, 60);
        Assert.Contains("after the restart", await File.ReadAllTextAsync(ended.LogPath), StringComparison.Ordinal);
    }
}
