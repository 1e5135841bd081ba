using System.Diagnostics;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Spawning.Slurm.Tests;
using HackathonPlatform.Web.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Jobs;

/// <summary>
/// Jobs through the hub on a real Slurm (slurmrestd with JWT, two fake GPUs). exercises/particle-id/train.sh submitted through the hub's job service to a real Slurm (slurmrestd with JWT) with a
/// one-GPU flavour: queued or running with a GPU assigned, completed with the accuracy report in its output, and one
/// closed usage record with GPU-hours. Small training sizes keep it to a few seconds of training.
/// </summary>
[Collection(SlurmJobsGroup.Name)]
public sealed class SlurmJobTests(SlurmCluster slurm)
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

    [Fact]
    public async Task A_job_waiting_for_gpus_shows_slurms_reason_and_cancelled_in_the_queue_counts_nothing()
    {
        await using var hub = new SlurmJobsHub(slurm);
        var organiser = await hub.CreateUserAsync("queue-organiser", PlatformRoles.Organiser);
        var member = await hub.CreateUserAsync("queue-member");
        var hackathon = await hub.CreateHackathonAsync(organiser, "Slurm queue");
        await hub.ApplyAsync(hackathon, member);
        var group = await hub.GroupAsync(hackathon, "Gpu team", member);
        var ids = new List<int>();
        // The node has two GPUs and two cores: the third one-GPU job must wait.
        for (var i = 0; i < 3; i++)
        {
            var outcome = await hub.WithScopeAsync(sp => sp.GetRequiredService<BatchJobService>().SubmitAsync(group.Id, member.Id, new JobRequest("sleep 60\n", "gpu-a100", $"holder-{i}")));
            Assert.True(outcome.Succeeded, outcome.ErrorSummary);
            ids.Add(outcome.Value!.Id);
        }

        await hub.WaitForAsync(ids[0], j => j.State == BatchJobState.Running, TimeSpan.FromSeconds(30), "to run");
        await hub.WaitForAsync(ids[1], j => j.State == BatchJobState.Running, TimeSpan.FromSeconds(30), "to run");
        var waiting = await hub.WaitForAsync(ids[2], j => j.State == BatchJobState.Pending && j.Reason != "Queued.", TimeSpan.FromSeconds(30), "to wait with a reason");
        using var client = hub.NewClient();
        await client.SignInAsync(member.Email!, Infrastructure.HubFactory.Password);
        var page = await client.Http.GetStringAsync($"/my/jobs/{group.Id}");
        foreach (var id in ids.AsEnumerable().Reverse())
        {
            await hub.WithScopeAsync(sp => sp.GetRequiredService<BatchJobService>().CancelAsync(group.Id, id));
        }

        var ended = new List<BatchJob>();
        foreach (var id in ids)
        {
            ended.Add(await hub.WaitForAsync(id, j => j.HasEnded, TimeSpan.FromSeconds(30), "to end"));
        }

        Assert.Matches("Queued: (Resources|Priority)", waiting.Reason);
        // Slurm's reason may change between two looks (Priority, then Resources): the page shows one of them.
        Assert.Matches("Queued: (Resources|Priority)", page);
        Assert.All(ended, j => Assert.Equal(BatchJobState.Cancelled, j.State));
        Assert.Empty(await hub.JobRecordsAsync(ids[2]));
        var held = await hub.JobRecordsAsync(ids[0]);
        Assert.True(held.Count == 1 && held[0].StoppedAt is not null, $"job {ids[0]} ({ended[0].StartedAt:O} .. {ended[0].EndedAt:O}): " + string.Join("; ", held.Select(r => $"{r.StartedAt:O} .. {r.StoppedAt:O}")));
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
