using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Web.Jobs;
using HackathonPlatform.Web.Servers;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Jobs;

/// <summary>
/// GPU server starts are admitted under the same per-hackathon lock as GPU jobs, and an admitted server counts
/// against the concurrent limit before its usage record opens (while it starts), for servers and jobs alike.
/// </summary>
public sealed class ServerAdmissionTests(ServerAdmissionTests.Hub hub) : IClassFixture<ServerAdmissionTests.Hub>
{
    [Fact]
    public async Task Ten_simultaneous_gpu_server_starts_at_a_limit_of_two_admit_exactly_two_and_then_no_gpu_job()
    {
        var organiser = await hub.CreateUserAsync("admission-organiser", PlatformRoles.Organiser);
        var member = await hub.CreateUserAsync("admission-member");
        var hackathon = await hub.CreateHackathonAsync(organiser, "Admission race");
        await hub.ApplyAsync(hackathon, member);
        var groups = new List<Group> { await hub.GroupAsync(hackathon, "Team 0", member) };
        for (var i = 1; i < 10; i++)
        {
            groups.Add(await hub.GroupAsync(hackathon, $"Team {i}"));
        }

        await hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().Hackathons.Where(h => h.Id == hackathon.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(h => h.MaxConcurrentGpus, 2)));
        var usage = hub.Services.GetRequiredService<ServerUsage>();
        using var start = new ManualResetEventSlim();

        var admissions = groups.Select(g => Task.Run(async () =>
        {
            start.Wait();
            return await usage.AdmitAsync(WorkspaceOwner.ForGroup(g.Id), CancellationToken.None);
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(admissions);

        Assert.All(outcomes, o => Assert.Equal("gpu-1", o.Flavour.Name));
        Assert.Equal(2, outcomes.Count(o => o.Refusal is null));
        Assert.All(outcomes.Where(o => o.Refusal is not null), o => Assert.Contains("allows 2 GPUs at once", o.Refusal!, StringComparison.Ordinal));

        // The two starting servers hold the limit for jobs too: a GPU job is refused, a CPU job is not.
        var gpuJob = await hub.WithScopeAsync(sp => sp.GetRequiredService<BatchJobService>().SubmitAsync(groups[0].Id, member.Id, new JobRequest("echo gpu\n", "gpu-1")));
        Assert.False(gpuJob.Succeeded);
        Assert.Contains("2 are in use", gpuJob.Errors["Quota"][0], StringComparison.Ordinal);
    }

    /// <summary>A hub whose only flavour, the default, has one GPU.</summary>
    public sealed class Hub : HubFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Servers:WarmKernel", "false");
            builder.UseSetting("Servers:DefaultFlavour", "gpu-1");
            builder.UseSetting("Servers:Flavours:0:Name", "gpu-1");
            builder.UseSetting("Servers:Flavours:0:GpuCount", "1");
            builder.UseSetting("Servers:Flavours:0:MemoryMb", "1024");
        }
    }
}
