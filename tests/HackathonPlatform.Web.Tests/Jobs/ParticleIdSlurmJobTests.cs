using System.Diagnostics;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Spawning.Slurm.Tests;
using HackathonPlatform.Web.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Jobs;

/// <summary>
/// exercises/particle-id/train.sh submitted through the hub's job service to a real Slurm (slurmrestd with JWT) with a
/// one-GPU flavour: queued or running with a GPU assigned, completed with the accuracy report in its output, and one
/// closed usage record with GPU-hours. Small training sizes keep it to a few seconds of training.
/// </summary>
[Collection(SlurmJobsGroup.Name)]
public sealed class ParticleIdSlurmJobTests(SlurmCluster slurm)
{
    [Fact]
    public async Task The_particle_id_training_runs_as_a_slurm_gpu_job_with_a_gpu_and_is_accounted()
    {
        await using var hub = new SlurmJobsHub(slurm);
        var organiser = await hub.CreateUserAsync("slurm-organiser", PlatformRoles.Organiser);
        var member = await hub.CreateUserAsync("slurm-member");
        var hackathon = await hub.CreateHackathonAsync(organiser, "Slurm jobs");
        await hub.ApplyAsync(hackathon, member);
        var group = await hub.GroupAsync(hackathon, "Gpu team", member);
        var script = "export TRAIN_OPTIONS='--train 800 --test 400 --epochs 2 --threads 1'\n" + await File.ReadAllTextAsync(Repository.File("exercises/particle-id/train.sh"));

        var clock = Stopwatch.StartNew();
        var outcome = await hub.WithScopeAsync(sp => sp.GetRequiredService<BatchJobService>().SubmitAsync(group.Id, member.Id, new JobRequest(script, "gpu-a100", "train.sh")));
        Assert.True(outcome.Succeeded, outcome.ErrorSummary);
        var seen = new HashSet<BatchJobState> { outcome.Value!.State };
        var ended = await hub.WaitForAsync(outcome.Value.Id, j =>
        {
            seen.Add(j.State);
            return j.HasEnded;
        }, TimeSpan.FromSeconds(90), "to end");
        var log = await File.ReadAllTextAsync(ended.LogPath);
        var record = Assert.Single(await hub.JobRecordsAsync(ended.Id));

        Assert.Equal(("slurm", BatchJobState.Completed), (ended.Backend, ended.State));
        Assert.Contains(BatchJobState.Running, seen);
        Assert.Matches(@"CUDA_VISIBLE_DEVICES=[01]\s", log);
        Assert.Contains("accuracy report:", log, StringComparison.Ordinal);
        Assert.Matches("\"accuracy\": 0\\.[0-9]+", log);
        Assert.Equal((UsageSources.Job, 1), (record.Source, record.GpuCount));
        Assert.NotNull(record.StoppedAt);
        Assert.True(record.StoppedAt > record.StartedAt, $"GPU-hours must be > 0: {record.StartedAt:O} .. {record.StoppedAt:O}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    /// <summary>The jobs hub pointed at the test's Slurm; jobs get the test's dotnet (hackathon-train's runtime).</summary>
    private sealed class SlurmJobsHub(SlurmCluster slurm) : JobsHub
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "/usr/bin/dotnet";
            builder.UseSetting("Servers:Backend", "slurm");
            builder.UseSetting("Servers:Slurm:Rest:BaseUrl", slurm.Rest.BaseUrl.ToString());
            builder.UseSetting("Servers:Slurm:Rest:UserName", slurm.Rest.UserName);
            builder.UseSetting("Servers:Slurm:Rest:Token", slurm.Rest.Token);
            builder.UseSetting("Servers:Flavours:1:TimeLimit", "00:05:00");
            var real = new FileInfo(dotnet).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dotnet;
            builder.UseSetting("Jobs:Environment:DOTNET_ROOT", Path.GetDirectoryName(real)!);
        }
    }
}
