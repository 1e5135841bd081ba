using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Jobs;

/// <summary>
/// Jobs' flavours follow the servers' one rule (requested, else allocated, a stale allocation refused with the
/// reason), and GPU admission is serialised per hackathon: simultaneous submissions cannot overrun the limit.
/// </summary>
public sealed class JobAdmissionTests(JobsHub hub) : IClassFixture<JobsHub>
{
    [Fact]
    public async Task Ten_simultaneous_gpu_submissions_at_a_limit_of_two_admit_exactly_two()
    {
        var (group, member) = await GroupWithMemberAsync("Race jobs", "Gpu team");
        await hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().Hackathons.Where(h => h.Id == group.HackathonId)
            .ExecuteUpdateAsync(u => u.SetProperty(h => h.MaxConcurrentGpus, 2)));
        using var start = new ManualResetEventSlim();

        var submissions = Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            start.Wait();
            using var scope = hub.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<BatchJobService>().SubmitAsync(group.Id, member.Id, new JobRequest("sleep 60\n", "gpu-a100", $"racer {i}"));
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(submissions);

        var admitted = outcomes.Where(o => o.Succeeded).ToList();
        var refused = outcomes.Where(o => !o.Succeeded).ToList();
        Assert.Equal(2, admitted.Count);
        Assert.All(refused, o => Assert.Contains("allows 2 GPUs at once", o.ErrorSummary, StringComparison.Ordinal));
        Assert.Equal(2, (await hub.JobsAsync(group.Id)).Count);
    }

    [Fact]
    public async Task A_job_without_a_flavour_takes_the_allocated_one_and_a_stale_allocation_is_refused_with_the_reason()
    {
        var (gpuGroup, gpuMember) = await GroupWithMemberAsync("Allocated jobs", "Gpu team");
        var (plainGroup, plainMember) = await GroupWithMemberAsync("Stale jobs", "Plain team");
        // gpu-a100 is for groups named "Gpu team" only: allocated to "Plain team" it is stale (configuration changed).
        await AllocateAsync(gpuGroup, "gpu-a100");
        await AllocateAsync(plainGroup, "gpu-a100");

        var allocated = await SubmitAsync(gpuGroup, gpuMember, new JobRequest("echo allocated\n"));
        var stale = await SubmitAsync(plainGroup, plainMember, new JobRequest("echo stale\n"));
        var explicitCpu = await SubmitAsync(plainGroup, plainMember, new JobRequest("echo cpu\n", "cpu"));
        var notAllowed = await SubmitAsync(plainGroup, plainMember, new JobRequest("echo gpu\n", "gpu-a100"));
        var unknown = await SubmitAsync(plainGroup, plainMember, new JobRequest("echo tpu\n", "tpu-v5"));
        var preselected = await hub.WithScopeAsync(sp => sp.GetRequiredService<BatchJobService>().FlavoursForAsync(plainGroup.Id));

        Assert.True(allocated.Succeeded, allocated.ErrorSummary);
        Assert.Equal(("gpu-a100", 1), (allocated.Value!.Flavour, allocated.Value.GpuCount));
        Assert.False(stale.Succeeded);
        Assert.Contains("The flavour 'gpu-a100' allocated to Plain team cannot be used any more", stale.Errors["Flavour"][0], StringComparison.Ordinal);
        Assert.Equal("cpu", explicitCpu.Value!.Flavour);
        Assert.True(notAllowed.Errors.ContainsKey("Flavour"), notAllowed.ErrorSummary);
        Assert.True(unknown.Errors.ContainsKey("Flavour"), unknown.ErrorSummary);
        // The page preselects a flavour the group may use, and offers only those.
        Assert.Equal("cpu", preselected!.Value.Default.Name);
        Assert.Equal(["cpu"], preselected.Value.Allowed.Select(f => f.Name));
        Assert.DoesNotContain(await hub.JobsAsync(plainGroup.Id), j => j.Flavour == "gpu-a100");
    }

    private Task<Core.Outcome<BatchJob>> SubmitAsync(Group group, PlatformUser member, JobRequest request) =>
        hub.WithScopeAsync(sp => sp.GetRequiredService<BatchJobService>().SubmitAsync(group.Id, member.Id, request));

    private Task AllocateAsync(Group group, string flavour) =>
        hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().Groups.Where(g => g.Id == group.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.FlavourName, flavour)));

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
