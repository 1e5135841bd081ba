namespace HackathonPlatform.Quantum.Simulation;

/// <summary>One non-identity Pauli factor of a <see cref="PauliString"/>.</summary>
/// <param name="Qubit">The qubit it acts on (bit <c>Qubit</c> of the basis index).</param>
/// <param name="Axis">X, Y or Z.</param>
public readonly record struct PauliFactor(int Qubit, PauliAxis Axis)
{
    /// <summary>"X3", "Y0", ...</summary>
    public override string ToString() => $"{Axis}{Qubit}";
}
