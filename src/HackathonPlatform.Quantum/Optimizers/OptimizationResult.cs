namespace HackathonPlatform.Quantum.Optimizers;

/// <summary>The outcome of one local minimisation.</summary>
/// <param name="Point">The best parameters found.</param>
/// <param name="Value">f at <paramref name="Point"/>.</param>
/// <param name="Iterations">Iterations done.</param>
/// <param name="Evaluations">Objective calls (values plus gradients).</param>
/// <param name="Trace">Best value so far after each iteration.</param>
/// <param name="StopReason">Why it stopped, e.g. "iteration limit" or "simplex converged".</param>
public sealed record OptimizationResult(
    IReadOnlyList<double> Point, double Value, int Iterations, long Evaluations, IReadOnlyList<double> Trace, string StopReason);
