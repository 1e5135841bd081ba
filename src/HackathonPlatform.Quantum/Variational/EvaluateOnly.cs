using HackathonPlatform.Quantum.Optimizers;

namespace HackathonPlatform.Quantum.Variational;

/// <summary>The "optimizer" of a run with fixed angles: one evaluation at the start point.</summary>
internal sealed class EvaluateOnly : IOptimizer
{
    public string Description => "none (angles evaluated as given)";

    public bool NeedsGradient => false;

    public int MaxIterations => 1;

    public double CallsPerIteration => 1;

    public OptimizationResult Minimize(Objective objective, IReadOnlyList<double> start, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        double value = objective.Value([.. start]);
        return new OptimizationResult([.. start], value, 1, 1, [value], "fixed angles");
    }
}
