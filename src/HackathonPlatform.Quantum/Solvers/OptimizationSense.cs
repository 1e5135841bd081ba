namespace HackathonPlatform.Quantum.Solvers;

/// <summary>Whether a report's values are to be minimised (QUBO energies) or maximised (cut weights).</summary>
public enum OptimizationSense
{
    /// <summary>Smaller is better (QUBO f(y), Ising energy).</summary>
    Minimize,

    /// <summary>Larger is better (Max-Cut weight).</summary>
    Maximize,
}
