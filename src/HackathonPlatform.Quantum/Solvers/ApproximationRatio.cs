namespace HackathonPlatform.Quantum.Solvers;

/// <summary>
/// Approximation ratio in [0, 1] for a solution at least as bad as the reference (1 = optimal).
/// Maximising: value / reference. Minimising with a negative optimum (the usual QUBO case):
/// value / reference, e.g. −120 against −133 gives 0.902; with a positive optimum: reference / value.
/// </summary>
public static class ApproximationRatio
{
    /// <summary>The ratio, or null when it is undefined (zero reference, or a sign that makes it meaningless).</summary>
    public static double? Compute(double value, double reference, OptimizationSense sense)
    {
        if (reference == 0)
        {
            return value == 0 ? 1.0 : null;
        }
        if (sense == OptimizationSense.Maximize || reference < 0)
        {
            return value / reference;
        }
        return value > 0 ? reference / value : null;
    }
}
