namespace HackathonPlatform.Quantum.Circuits;

/// <summary>The gates a <see cref="Circuit"/> can hold (same conventions as <see cref="Simulation.StateVector"/>).</summary>
public enum GateKind
{
    /// <summary>Hadamard.</summary>
    H,

    /// <summary>Pauli X.</summary>
    X,

    /// <summary>Pauli Y.</summary>
    Y,

    /// <summary>Pauli Z.</summary>
    Z,

    /// <summary>diag(1, i).</summary>
    S,

    /// <summary>diag(1, -i).</summary>
    Sdg,

    /// <summary>diag(1, exp(i pi/4)).</summary>
    T,

    /// <summary>diag(1, exp(-i pi/4)).</summary>
    Tdg,

    /// <summary>exp(-i angle X/2).</summary>
    Rx,

    /// <summary>exp(-i angle Y/2).</summary>
    Ry,

    /// <summary>exp(-i angle Z/2).</summary>
    Rz,

    /// <summary>diag(1, exp(i angle)).</summary>
    Phase,

    /// <summary>A fixed single-qubit unitary (<see cref="Gate.Matrix"/>).</summary>
    Unitary,

    /// <summary>CNOT (Qubit0 = control, Qubit1 = target).</summary>
    Cnot,

    /// <summary>Controlled Z.</summary>
    Cz,

    /// <summary>SWAP.</summary>
    Swap,

    /// <summary>Controlled Rx (Qubit0 = control).</summary>
    Crx,

    /// <summary>Controlled Ry (Qubit0 = control).</summary>
    Cry,

    /// <summary>Controlled Rz (Qubit0 = control).</summary>
    Crz,

    /// <summary>Controlled phase diag(1, 1, 1, exp(i angle)).</summary>
    CPhase,

    /// <summary>A fixed 4x4 unitary on (Qubit0, Qubit1) (<see cref="Gate.Matrix4"/>).</summary>
    TwoQubitUnitary,

    /// <summary>exp(-i angle D) for a diagonal D over all qubits (<see cref="Gate.Diagonal"/>): the QAOA cost layer.</summary>
    DiagonalPhase,
}
