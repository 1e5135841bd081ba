using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Quantum.Circuits;

/// <summary>Applies one <see cref="Gate"/> (or its inverse) to a state.</summary>
internal static class GateApplication
{
    public static void Apply(StateVector state, Gate gate, double angle)
    {
        switch (gate.Kind)
        {
            case GateKind.Cnot:
                state.ApplyCnot(gate.Qubit0, gate.Qubit1);
                break;
            case GateKind.Cz:
                state.ApplyCz(gate.Qubit0, gate.Qubit1);
                break;
            case GateKind.Swap:
                state.ApplySwap(gate.Qubit0, gate.Qubit1);
                break;
            case GateKind.Crx or GateKind.Cry or GateKind.Crz or GateKind.CPhase:
                state.ApplyControlledUnchecked(gate.Qubit0, gate.Qubit1, gate.SingleQubitMatrix(angle));
                break;
            case GateKind.TwoQubitUnitary:
                state.ApplyTwoQubitUnitary(gate.Qubit0, gate.Qubit1, gate.Matrix4);
                break;
            case GateKind.DiagonalPhase:
                state.ApplyDiagonalPhase(gate.DiagonalArray!, angle);
                break;
            default:
                state.ApplyUnchecked(gate.Qubit0, gate.SingleQubitMatrix(angle), "qubit");
                break;
        }
    }

    /// <summary>Applies the inverse: the adjoint matrix, or the same gate at -angle.</summary>
    public static void ApplyInverse(StateVector state, Gate gate, double angle)
    {
        switch (gate.Kind)
        {
            case GateKind.Cnot or GateKind.Cz or GateKind.Swap:
                Apply(state, gate, angle);
                break;
            case GateKind.Crx or GateKind.Cry or GateKind.Crz or GateKind.CPhase or GateKind.DiagonalPhase:
                Apply(state, gate, -angle);
                break;
            case GateKind.TwoQubitUnitary:
                state.ApplyTwoQubitUnitary(gate.Qubit0, gate.Qubit1, gate.Matrix4.Adjoint());
                break;
            default:
                state.ApplyUnchecked(gate.Qubit0, gate.SingleQubitMatrix(angle).Adjoint(), "qubit");
                break;
        }
    }
}
