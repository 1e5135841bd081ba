namespace HackathonPlatform.Quantum.Models;

/// <summary>
/// One pairwise term <c>Weight · x_I · x_J</c> of a QUBO or Ising model, with <c>I &lt; J</c>.
/// The weight is the full coefficient of the product (not half of a symmetric matrix entry).
/// </summary>
/// <param name="I">The smaller variable index (0-based).</param>
/// <param name="J">The larger variable index (0-based).</param>
/// <param name="Weight">The coefficient of the product of the two variables.</param>
public readonly record struct QuadraticTerm(int I, int J, double Weight);
