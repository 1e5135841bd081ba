namespace HackathonPlatform.Quantum.Simulation;

/// <summary>A Pauli operator on one qubit (the identity is expressed by leaving the qubit out).</summary>
public enum PauliAxis
{
    /// <summary>Pauli X.</summary>
    X = 1,

    /// <summary>Pauli Y.</summary>
    Y = 2,

    /// <summary>Pauli Z.</summary>
    Z = 3,
}
