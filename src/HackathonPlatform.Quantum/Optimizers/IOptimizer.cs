namespace HackathonPlatform.Quantum.Optimizers;

/// <summary>A local minimiser; implementations are deterministic for a given seed.</summary>
public interface IOptimizer
{
    /// <summary>Name and settings for reports, e.g. "Adam(lr=0.05, 200 iterations)".</summary>
    string Description { get; }

    /// <summary>Whether the objective must provide gradients.</summary>
    bool NeedsGradient { get; }

    /// <summary>The iteration limit, so callers can size progress bars and time budgets.</summary>
    int MaxIterations { get; }

    /// <summary>Objective calls per iteration (about), for the same purpose.</summary>
    double CallsPerIteration { get; }

    /// <summary>Minimises <paramref name="objective"/> from <paramref name="start"/>.</summary>
    /// <exception cref="ArgumentException">The start has the wrong length, or gradients are needed but missing.</exception>
    OptimizationResult Minimize(Objective objective, IReadOnlyList<double> start, int seed, CancellationToken cancellationToken = default);
}
