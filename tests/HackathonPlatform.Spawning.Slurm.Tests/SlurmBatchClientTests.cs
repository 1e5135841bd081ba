using HackathonPlatform.Spawning.Flavours;
using HackathonPlatform.Spawning.Slurm;

namespace HackathonPlatform.Spawning.Slurm.Tests;

[Collection(SlurmTestGroup.Name)]
public sealed class SlurmBatchClientTests(SlurmCluster slurm) : IDisposable
{
    private static readonly Flavour OneGpu = new() { Name = "gpu-fake", Cpu = 1, MemoryMb = 500, GpuCount = 1, TimeLimit = TimeSpan.FromMinutes(5) };
    private readonly string _work = Directory.CreateTempSubdirectory("slurm-jobs-").FullName;

    private SlurmBatchClient Client => new(slurm.Http, slurm.Rest);

    [Fact]
    public async Task A_gpu_job_runs_with_CUDA_VISIBLE_DEVICES_set_and_is_in_the_accounting_file()
    {
        var id = await Client.SubmitAsync("echo gpus=$CUDA_VISIBLE_DEVICES\n", OneGpu, "team-a", _work);

        var job = await Wait.UntilAsync(() => Client.GetAsync(id), j => j is { IsFinished: true }, TimeSpan.FromSeconds(60), $"job {id} to finish");
        var log = await SlurmBatchClient.ReadLogAsync(job!);

        Assert.Equal("COMPLETED", job!.State);
        Assert.Matches(@"gpus=[01]\s*$", log);
        Assert.Contains(id, (await Client.ListAsync("team-a")).Select(j => j.JobId));
        var accounting = await Wait.UntilAsync(() => File.ReadAllTextAsync(slurm.JobCompFile), t => t.Contains($"JobId={id} ", StringComparison.Ordinal), TimeSpan.FromSeconds(10), "the jobcomp record");
        Assert.Matches($@"JobId={id} .*JobState=COMPLETED", accounting);
    }

    [Fact]
    public async Task A_running_job_can_be_cancelled_and_accounting_says_so()
    {
        var id = await Client.SubmitAsync("sleep 300\n", OneGpu with { GpuCount = 0 }, "team-b", _work);
        await Wait.UntilAsync(() => Client.GetAsync(id), j => j is { IsRunning: true }, TimeSpan.FromSeconds(30), $"job {id} to run");

        await Client.CancelAsync(id);

        var job = await Wait.UntilAsync(() => Client.GetAsync(id), j => j is { IsFinished: true }, TimeSpan.FromSeconds(30), $"job {id} to end");
        Assert.Equal("CANCELLED", job!.State);
        var accounting = await Wait.UntilAsync(() => File.ReadAllTextAsync(slurm.JobCompFile), t => t.Contains($"JobId={id} ", StringComparison.Ordinal), TimeSpan.FromSeconds(10), "the jobcomp record");
        Assert.Matches($@"JobId={id} .*JobState=CANCELLED", accounting);
    }

    [Fact]
    public async Task More_gpus_than_the_cluster_has_are_refused_with_slurms_reason()
    {
        var ex = await Assert.ThrowsAsync<SlurmException>(() => Client.SubmitAsync("true\n", OneGpu with { GpuCount = 3 }, "team-c", _work));

        Assert.Contains("Requested node configuration is not available", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_slurmrestd_is_a_clear_error_within_seconds()
    {
        var down = new SlurmBatchClient(slurm.Http, slurm.Rest with { BaseUrl = new Uri("http://127.0.0.1:9"), RequestTimeout = TimeSpan.FromSeconds(3) });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<SlurmException>(() => down.ListAsync("team-a"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains("cannot be reached", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
