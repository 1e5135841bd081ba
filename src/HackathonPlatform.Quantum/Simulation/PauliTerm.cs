namespace HackathonPlatform.Quantum.Simulation;

/// <summary>One real-weighted term of a <see cref="PauliSum"/>.</summary>
/// <param name="Coefficient">The real weight (the sum stays Hermitian).</param>
/// <param name="Operator">The Pauli string.</param>
public readonly record struct PauliTerm(double Coefficient, PauliString Operator)
{
    /// <summary>"0.5*Z0 Z1".</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{Coefficient:R}*{Operator}");
}
