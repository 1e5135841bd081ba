namespace HackathonPlatform.Spawning.Benchmarks;

/// <summary>One spawn benchmark: measures its baseline in the same run, prints figures and a verdict.</summary>
internal interface ISpawnBenchmark
{
    /// <summary>The command-line name (latency, concurrent, slurm, allocate).</summary>
    string Name { get; }

    /// <summary>Runs within the token's time and prints; returns true when every target is met.</summary>
    Task<bool> RunAsync(CancellationToken cancellationToken);
}
