namespace HackathonPlatform.Quantum.Solvers;

/// <summary>A progress report of a long solve, for progress bars.</summary>
/// <param name="Fraction">Work done, from 0 to 1.</param>
/// <param name="BestValue">Best objective so far (QUBO sense).</param>
public readonly record struct SolverProgress(double Fraction, double BestValue);
