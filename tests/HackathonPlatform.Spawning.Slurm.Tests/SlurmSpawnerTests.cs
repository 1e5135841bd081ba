using HackathonPlatform.Spawning.Slurm;

namespace HackathonPlatform.Spawning.Slurm.Tests;

[Collection(SlurmTestGroup.Name)]
public sealed class SlurmSpawnerTests(SlurmCluster slurm) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("slurm-spawner-").FullName;

    [Fact]
    public async Task A_gpu_server_gets_ready_as_a_slurm_job_with_a_gpu_and_stop_cancels_the_job()
    {
        var spawner = new SlurmSpawner(slurm.Http, SlurmTestSpawners.Options(slurm, _root, SlurmTestSpawners.Cpu with { Name = "gpu-one", GpuCount = 1 }));
        var rest = new SlurmRestClient(slurm.Http, slurm.Rest);

        var events = await Collect(spawner.StartAsync());

        Assert.Equal(SpawnPhase.Ready, events[^1].Phase);
        var job = await rest.GetJobAsync(spawner.JobId!.Value);
        Assert.Equal("RUNNING", job!.State);
        Assert.Contains(job.GresDetail, g => g.StartsWith("gpu:1", StringComparison.Ordinal));
        // The user is told where the server runs and which GPU it has.
        Assert.Matches($@"^Slurm job {job.JobId} on \S+, GPU [01]$", events[^1].Placement);
        Assert.NotNull(await ServerStatusClient.GetAsync(slurm.Http, spawner.Endpoint!));

        var id = spawner.JobId!.Value;
        await spawner.StopAsync();

        Assert.Equal("CANCELLED", (await rest.GetJobAsync(id))!.State);
        Assert.NotNull(await spawner.PollAsync());
    }

    [Fact]
    public async Task While_the_gpus_are_taken_progress_shows_the_queue_position_and_reason_and_leaving_cancels_the_job()
    {
        var batch = new SlurmBatchClient(slurm.Http, slurm.Rest);
        var blocker = await batch.SubmitAsync("sleep 300\n", SlurmTestSpawners.Cpu with { Name = "two-gpus", GpuCount = 2, MemoryMb = 500 }, "blocker", _root);
        try
        {
            await Wait.UntilAsync(() => batch.GetAsync(blocker), j => j is { IsRunning: true }, TimeSpan.FromSeconds(30), "the blocker to run");
            var spawner = new SlurmSpawner(slurm.Http, SlurmTestSpawners.Options(slurm, _root, SlurmTestSpawners.Cpu with { Name = "gpu-one", GpuCount = 1 }));
            SpawnProgress? queued = null;
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await foreach (var progress in spawner.StartAsync(patience.Token))
            {
                // Slurm first says "None" (not evaluated yet), then its reason after a scheduling pass.
                if (progress.Message.Contains("queued", StringComparison.Ordinal) && progress.Message.Contains("Resources", StringComparison.Ordinal))
                {
                    queued = progress;
                    break; // The user leaves the page: the start is abandoned.
                }
            }

            Assert.NotNull(queued);
            Assert.Equal(SpawnPhase.Starting, queued!.Phase);
            Assert.Contains("position 1 in partition debug", queued.Message, StringComparison.Ordinal);
            Assert.Contains("Resources", queued.Message, StringComparison.Ordinal);
            Assert.Null(spawner.JobId);
            Assert.DoesNotContain(await new SlurmRestClient(slurm.Http, slurm.Rest).GetJobsAsync(), j => j.Name == "hackathon-server-group-a" && !j.IsFinished);
        }
        finally
        {
            await batch.CancelAsync(blocker);
        }
    }

    [Fact]
    public async Task A_flavour_beyond_the_cluster_fails_the_start_with_slurms_reason()
    {
        var spawner = new SlurmSpawner(slurm.Http, SlurmTestSpawners.Options(slurm, _root, SlurmTestSpawners.Cpu with { Name = "gpu-three", GpuCount = 3 }));

        var events = await Collect(spawner.StartAsync());

        Assert.Equal(SpawnPhase.Failed, events[^1].Phase);
        Assert.Contains("Requested node configuration is not available", events[^1].Reason, StringComparison.Ordinal);
        Assert.Equal(0, await spawner.PollAsync());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static async Task<List<SpawnProgress>> Collect(IAsyncEnumerable<SpawnProgress> progress)
    {
        var events = new List<SpawnProgress>();
        await foreach (var e in progress)
        {
            events.Add(e);
        }

        return events;
    }
}
