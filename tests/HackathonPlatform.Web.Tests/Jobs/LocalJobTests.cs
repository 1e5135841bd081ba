using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Usage;
using HackathonPlatform.Web.Jobs;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Jobs;

/// <summary>Batch jobs on the local backend (sandboxed processes), through the API, the pages and the service.</summary>
public sealed class LocalJobTests(JobsHub hub) : IClassFixture<JobsHub>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [Fact]
    public async Task A_member_submits_lists_reads_the_log_of_and_cancels_a_job_through_the_api()
    {
        var (group, member) = await GroupWithMemberAsync("Api jobs", "Plain team");
        using var client = await SignedInAsync(member);

        var submitted = await client.PostJsonAsync($"/api/groups/{group.Id}/jobs", new JobRequest("echo hello from job $HACKATHON_JOB_ID\nsleep 120\n", "cpu", "sleeper"));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var job = (await submitted.Content.ReadFromJsonAsync<JobView>(Json))!;
        var list = await client.Http.GetFromJsonAsync<List<JobView>>($"/api/groups/{group.Id}/jobs", Json);
        await hub.WaitForAsync(job.Id, j => j.State == BatchJobState.Running, TimeSpan.FromSeconds(30), "to run");
        var log = await WaitForLogAsync(client, group.Id, job.Id, $"hello from job {job.Id}");
        var cancelled = await client.Http.PostAsync($"/api/groups/{group.Id}/jobs/{job.Id}/cancel", null);
        var ended = await hub.WaitForAsync(job.Id, j => j.HasEnded, TimeSpan.FromSeconds(30), "to end");

        Assert.Equal(("sleeper", "cpu", 0), (job.Name, job.Flavour, job.GpuCount));
        Assert.Contains(list!, j => j.Id == job.Id);
        Assert.Contains($"hello from job {job.Id}", log, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(BatchJobState.Cancelled, ended.State);
        Assert.NotNull(ended.EndedAt);
        Assert.False(File.Exists(Path.Combine(ended.WorkingDirectory, ".exit-status")), "A cancelled job's script must not have run to its end.");
    }

    [Fact]
    public async Task A_gpu_job_that_completes_leaves_one_closed_usage_record_counted_in_the_groups_gpu_hours()
    {
        var (group, member) = await GroupWithMemberAsync("Gpu jobs", "Gpu team");

        var outcome = await SubmitAsync(group.Id, member.Id, new JobRequest("echo working\nsleep 2\necho done\n", "gpu-a100"));
        var job = await hub.WaitForAsync(outcome.Id, j => j.HasEnded, TimeSpan.FromSeconds(60), "to end");
        var records = await hub.JobRecordsAsync(job.Id);
        // What the organiser's dashboard shows per group.
        var groupHours = (await hub.WithScopeAsync(sp => sp.GetRequiredService<UsageService>().ByGroupAsync(group.HackathonId)))[group.Id].GpuHoursUsed;

        Assert.Equal((BatchJobState.Completed, 0), (job.State, job.ExitCode));
        var record = Assert.Single(records);
        Assert.Equal((UsageSources.Job, "gpu-a100", 1, group.Id), (record.Source, record.Flavour, record.GpuCount, record.GroupId));
        Assert.NotNull(record.StoppedAt);
        Assert.InRange((record.StoppedAt!.Value - record.StartedAt).TotalSeconds, 1.5, 30);
        Assert.True(groupHours > 0, $"The group's GPU-hours ({groupHours}) should include the job's.");
        Assert.Contains("done", await File.ReadAllTextAsync(job.LogPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gpu_job_over_the_quota_is_refused_with_the_reason_and_nothing_runs()
    {
        var (group, member) = await GroupWithMemberAsync("Quota jobs", "Gpu team");
        await hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().Hackathons.Where(h => h.Id == group.HackathonId)
            .ExecuteUpdateAsync(u => u.SetProperty(h => h.GpuHoursPerGroup, 0)));
        using var client = await SignedInAsync(member);

        var refused = await client.PostJsonAsync($"/api/groups/{group.Id}/jobs", new JobRequest("echo should not run\n", "gpu-a100"));
        var cpu = await client.PostJsonAsync($"/api/groups/{group.Id}/jobs", new JobRequest("echo cpu jobs are not limited\n", "cpu"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("used 0 of its 0 GPU-hours", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, cpu.StatusCode);
        Assert.DoesNotContain(await hub.JobsAsync(group.Id), j => j.Flavour == "gpu-a100");
    }

    [Fact]
    public async Task A_running_gpu_job_counts_against_the_concurrent_gpus()
    {
        var (group, member) = await GroupWithMemberAsync("Concurrent jobs", "Gpu team");
        await hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().Hackathons.Where(h => h.Id == group.HackathonId)
            .ExecuteUpdateAsync(u => u.SetProperty(h => h.MaxConcurrentGpus, 1)));
        var first = await SubmitAsync(group.Id, member.Id, new JobRequest("sleep 120\n", "gpu-a100"));
        await hub.WaitForAsync(first.Id, j => j.State == BatchJobState.Running, TimeSpan.FromSeconds(30), "to run");

        var second = await hub.WithScopeAsync(sp => sp.GetRequiredService<BatchJobService>().SubmitAsync(group.Id, member.Id, new JobRequest("true\n", "gpu-a100")));
        await hub.WithScopeAsync(sp => sp.GetRequiredService<BatchJobService>().CancelAsync(group.Id, first.Id));

        Assert.False(second.Succeeded);
        Assert.Contains("allows 1 GPUs at once", string.Join(" ", second.Errors["Quota"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flavour_the_group_may_not_use_is_refused()
    {
        var (group, member) = await GroupWithMemberAsync("Flavour jobs", "Plain team");

        var outcome = await hub.WithScopeAsync(sp => sp.GetRequiredService<BatchJobService>().SubmitAsync(group.Id, member.Id, new JobRequest("true\n", "gpu-a100")));

        Assert.False(outcome.Succeeded);
        Assert.Contains("not available to group 'Plain team'", string.Join(" ", outcome.Errors["Flavour"]), StringComparison.Ordinal);
        Assert.Empty(await hub.JobsAsync(group.Id));
    }

    [Fact]
    public async Task Another_groups_participant_gets_403_and_the_access_denied_page()
    {
        var (group, _) = await GroupWithMemberAsync("Private jobs", "Plain team");
        var (_, outsider) = await GroupWithMemberAsync("Other jobs", "Other team");
        using var client = await SignedInAsync(outsider);

        var list = await client.GetAsync($"/api/groups/{group.Id}/jobs");
        var submit = await client.PostJsonAsync($"/api/groups/{group.Id}/jobs", new JobRequest("echo intruder\n"));
        var page = await client.GetAsync($"/my/jobs/{group.Id}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (list.StatusCode, submit.StatusCode));
        Assert.Contains("/account/access-denied", page.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Empty(await hub.JobsAsync(group.Id));
    }

    [Fact]
    public async Task The_page_submits_a_script_shows_it_with_its_log_and_cancels_it()
    {
        var (group, member) = await GroupWithMemberAsync("Page jobs", "Plain team");
        using var client = await SignedInAsync(member);

        var posted = await client.PostFormAsync($"/my/jobs/{group.Id}", new() { ["Name"] = "from-page", ["Flavour"] = "cpu", ["Script"] = "echo page job says hi\nsleep 120\n" });
        var details = posted.Headers.Location?.ToString() ?? "";
        var jobId = int.Parse(details.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await hub.WaitForAsync(jobId, j => j.State == BatchJobState.Running && File.Exists(j.LogPath) && File.ReadAllText(j.LogPath).Contains("says hi", StringComparison.Ordinal), TimeSpan.FromSeconds(30), "to print");
        var detailsPage = await client.Http.GetStringAsync(details);
        var listPage = await client.Http.GetStringAsync($"/my/jobs/{group.Id}");
        var cancelled = await client.PostFormAsync($"/my/jobs/{group.Id}", new() { ["jobId"] = jobId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, handler: "Cancel");
        var ended = await hub.WaitForAsync(jobId, j => j.HasEnded, TimeSpan.FromSeconds(30), "to end");
        var overview = await client.Http.GetStringAsync("/my/jobs");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/my/jobs/{group.Id}/{jobId}", details);
        Assert.Contains("page job says hi", detailsPage, StringComparison.Ordinal);
        Assert.Contains("running", detailsPage, StringComparison.Ordinal);
        Assert.Contains("from-page", listPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(BatchJobState.Cancelled, ended.State);
        Assert.Contains($"href=\"/my/jobs/{group.Id}\"", overview, StringComparison.Ordinal);
    }

    private async Task<BatchJob> SubmitAsync(int groupId, string userId, JobRequest request)
    {
        var outcome = await hub.WithScopeAsync(sp => sp.GetRequiredService<BatchJobService>().SubmitAsync(groupId, userId, request));
        Assert.True(outcome.Succeeded, outcome.ErrorSummary);
        return outcome.Value!;
    }

    private static async Task<string> WaitForLogAsync(HubClient client, int groupId, int jobId, string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var log = await client.Http.GetStringAsync($"/api/groups/{groupId}/jobs/{jobId}/log");
            if (log.Contains(text, StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                return log;
            }

            await Task.Delay(200);
        }
    }

    private async Task<HubClient> SignedInAsync(PlatformUser user)
    {
        var client = hub.NewClient();
        await client.SignInAsync(user.Email!, HubFactory.Password);
        return client;
    }

    private async Task<(Group Group, PlatformUser Member)> GroupWithMemberAsync(string title, string groupName)
    {
        var tag = title.Replace(' ', '-').ToLowerInvariant();
        var organiser = await hub.CreateUserAsync($"{tag}-organiser", PlatformRoles.Organiser);
        var member = await hub.CreateUserAsync($"{tag}-member");
        var hackathon = await hub.CreateHackathonAsync(organiser, title);
        await hub.ApplyAsync(hackathon, member);
        return (await hub.GroupAsync(hackathon, groupName, member), member);
    }
}
