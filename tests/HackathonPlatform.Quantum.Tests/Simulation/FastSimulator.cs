using System.Numerics;
using HackathonPlatform.Quantum.Circuits;
using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Quantum.Tests.Simulation;

/// <summary>The production <see cref="StateVector"/> behind the contract interface (public API only).</summary>
public sealed class FastSimulator(int qubitCount) : IStateSimulator
{
    public StateVector State { get; } = new(qubitCount);

    public int QubitCount => State.QubitCount;

    public Complex[] GetAmplitudes() => State.Amplitudes.ToArray();

    public void SetAmplitudes(ReadOnlySpan<Complex> amplitudes) => amplitudes.CopyTo(State.Amplitudes);

    public void ApplyGate(Gate gate, double angle)
    {
        var s = State;
        switch (gate.Kind)
        {
            case GateKind.H: s.ApplyH(gate.Qubit0); break;
            case GateKind.X: s.ApplyX(gate.Qubit0); break;
            case GateKind.Y: s.ApplyY(gate.Qubit0); break;
            case GateKind.Z: s.ApplyZ(gate.Qubit0); break;
            case GateKind.S: s.ApplyS(gate.Qubit0); break;
            case GateKind.Sdg: s.ApplySdg(gate.Qubit0); break;
            case GateKind.T: s.ApplyT(gate.Qubit0); break;
            case GateKind.Tdg: s.ApplyTdg(gate.Qubit0); break;
            case GateKind.Rx: s.ApplyRx(gate.Qubit0, angle); break;
            case GateKind.Ry: s.ApplyRy(gate.Qubit0, angle); break;
            case GateKind.Rz: s.ApplyRz(gate.Qubit0, angle); break;
            case GateKind.Phase: s.ApplyPhase(gate.Qubit0, angle); break;
            case GateKind.Unitary: s.ApplyUnitary(gate.Qubit0, gate.Matrix); break;
            case GateKind.Cnot: s.ApplyCnot(gate.Qubit0, gate.Qubit1); break;
            case GateKind.Cz: s.ApplyCz(gate.Qubit0, gate.Qubit1); break;
            case GateKind.Swap: s.ApplySwap(gate.Qubit0, gate.Qubit1); break;
            case GateKind.Crx: s.ApplyCrx(gate.Qubit0, gate.Qubit1, angle); break;
            case GateKind.Cry: s.ApplyCry(gate.Qubit0, gate.Qubit1, angle); break;
            case GateKind.Crz: s.ApplyCrz(gate.Qubit0, gate.Qubit1, angle); break;
            case GateKind.CPhase: s.ApplyCPhase(gate.Qubit0, gate.Qubit1, angle); break;
            case GateKind.TwoQubitUnitary: s.ApplyTwoQubitUnitary(gate.Qubit0, gate.Qubit1, gate.Matrix4); break;
            case GateKind.DiagonalPhase: s.ApplyDiagonalPhase(gate.Diagonal!.ToArray(), angle); break;
            default: throw new NotSupportedException(gate.Kind.ToString());
        }
    }

    public void ApplyRotationLayer(PauliAxis axis, double[] angles) => State.ApplyRotationLayer(axis, angles);

    public void ApplyDiagonalPhase(double[] diagonal, double gamma) => State.ApplyDiagonalPhase(diagonal, gamma);

    public double ExpectationDiagonal(double[] diagonal) => State.ExpectationDiagonal(diagonal);

    public double Expectation(PauliSum observable) => State.Expectation(observable);

    public double[] Probabilities() => State.Probabilities();

    public int Measure(int qubit, Random rng) => State.Measure(qubit, rng);

    public long[] Sample(int shots, Random rng) => State.Sample(shots, rng);
}
