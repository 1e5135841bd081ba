namespace HackathonPlatform.Notebooks.Benchmarks;

/// <summary>One benchmark: measures ours and the Jupyter peer in the same run and prints ratios with verdicts.</summary>
internal interface IBenchmark
{
    /// <summary>The command-line name (run, start, proxy, grade).</summary>
    string Name { get; }

    /// <summary>Runs within the token's time and prints; returns true when every target is met.</summary>
    Task<bool> RunAsync(CancellationToken cancellationToken);
}
