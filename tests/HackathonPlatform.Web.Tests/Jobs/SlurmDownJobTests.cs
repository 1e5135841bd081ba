using System.Diagnostics;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Jobs;

public sealed class SlurmDownJobTests(SlurmDownJobTests.Hub hub) : IClassFixture<SlurmDownJobTests.Hub>
{
    [Fact]
    public async Task A_submission_while_slurmrestd_is_down_is_refused_within_seconds_and_recorded_as_failed()
    {
        var organiser = await hub.CreateUserAsync("down-organiser", PlatformRoles.Organiser);
        var member = await hub.CreateUserAsync("down-member");
        var hackathon = await hub.CreateHackathonAsync(organiser, "Slurm down");
        await hub.ApplyAsync(hackathon, member);
        var group = await hub.GroupAsync(hackathon, "Plain team", member);
        var clock = Stopwatch.StartNew();

        var outcome = await hub.WithScopeAsync(sp => sp.GetRequiredService<BatchJobService>().SubmitAsync(group.Id, member.Id, new JobRequest("true\n", "cpu")));
        var jobs = await hub.JobsAsync(group.Id);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.False(outcome.Succeeded);
        Assert.Contains("cannot be reached", string.Join(" ", outcome.Errors["Backend"]), StringComparison.Ordinal);
        var job = Assert.Single(jobs);
        Assert.Equal(BatchJobState.Failed, job.State);
        Assert.StartsWith("Not submitted:", job.Reason, StringComparison.Ordinal);
        using var client = hub.NewClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    /// <summary>The Slurm backend pointed at a port where nothing listens.</summary>
    public sealed class Hub : JobsHub
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Servers:Backend", "slurm");
            builder.UseSetting("Servers:Slurm:Rest:BaseUrl", "http://127.0.0.1:9");
            builder.UseSetting("Servers:Slurm:Rest:UserName", "nobody");
            builder.UseSetting("Servers:Slurm:Rest:Token", "no-token");
        }
    }
}
