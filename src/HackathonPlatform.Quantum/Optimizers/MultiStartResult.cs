namespace HackathonPlatform.Quantum.Optimizers;

/// <summary>The runs of <see cref="MultiStart"/> and the best of them.</summary>
/// <param name="Best">The run with the lowest value (the first one on ties).</param>
/// <param name="Runs">All runs in start order.</param>
public sealed record MultiStartResult(OptimizationResult Best, IReadOnlyList<OptimizationResult> Runs)
{
    /// <summary>Objective calls over all runs.</summary>
    public long Evaluations => Runs.Sum(r => r.Evaluations);
}
