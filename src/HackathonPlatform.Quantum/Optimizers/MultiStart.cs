namespace HackathonPlatform.Quantum.Optimizers;

/// <summary>
/// Runs a local optimizer from several seeded start points and keeps the best: the usual defence of
/// variational methods against local minima and barren regions.
/// </summary>
public static class MultiStart
{
    /// <summary>
    /// Start i draws its point with <paramref name="startPoint"/> and runs with a seed, both derived from
    /// <paramref name="seed"/>, so the whole search repeats exactly.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="starts"/> is less than 1.</exception>
    public static MultiStartResult Minimize(IOptimizer optimizer, Objective objective, int starts, Func<Random, double[]> startPoint, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(startPoint);
        ArgumentOutOfRangeException.ThrowIfLessThan(starts, 1);
        var random = new Random(seed);
        var runs = new List<OptimizationResult>(starts);
        for (int s = 0; s < starts; s++)
        {
            var start = startPoint(random);
            runs.Add(optimizer.Minimize(objective, start, random.Next(), cancellationToken));
        }
        var best = runs[0];
        foreach (var r in runs)
        {
            best = r.Value < best.Value ? r : best;
        }
        return new MultiStartResult(best, runs);
    }
}
