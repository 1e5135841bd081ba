using System.Text.Json.Nodes;

namespace HackathonPlatform.Spawning.Slurm.Tests;

/// <summary>Reading slurmrestd's job object: where a job runs and which GPUs it was given.</summary>
public sealed class SlurmJobInfoTests
{
    [Theory]
    [InlineData("""["gpu:1(IDX:0)"]""", "node1", "Slurm job 42 on node1, GPU 0")]
    [InlineData("""["gpu:a100:2(IDX:0-1)"]""", "node1", "Slurm job 42 on node1, GPU 0-1")]
    [InlineData("""["gpu:1(IDX:1)", "shard:0(IDX:N/A)"]""", "gn07", "Slurm job 42 on gn07, GPU 1")]
    [InlineData("""[]""", "node1", "Slurm job 42 on node1")]
    [InlineData("""[]""", "", "Slurm job 42")]
    public void The_placement_names_the_job_the_node_and_the_gpu_indices(string gres, string host, string expected)
    {
        // As slurmrestd sends it (parsed text, not values built in code).
        var job = JsonNode.Parse($$"""{"job_id": 42, "job_state": "RUNNING", "batch_host": "{{host}}", "gres_detail": {{gres}}}""")!.AsObject();

        Assert.Equal(expected, SlurmJobInfo.FromJson(job).Placement);
    }
}
