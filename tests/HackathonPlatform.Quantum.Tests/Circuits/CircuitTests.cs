using HackathonPlatform.Quantum.Circuits;
using HackathonPlatform.Quantum.Simulation;
using HackathonPlatform.Quantum.Tests.Simulation;

namespace HackathonPlatform.Quantum.Tests.Circuits;

public sealed class CircuitTests
{
    [Fact]
    public void Running_a_circuit_with_fused_stretches_matches_the_reference_gate_by_gate()
    {
        const int n = 5;
        var rng = new Random(41);
        var c = new Circuit(n)
            .H(0).H(1).Ry(2, 0).Rx(2, 1).Rz(3, 2, scale: -0.5).T(4).S(0)
            .Cnot(0, 3).Crx(4, 1, 3).Phase(1, 4).Unitary(2, Matrix2.Ry(0.2) * Matrix2.H).Cz(1, 2)
            .Swap(0, 4).CPhase(2, 3, 0).DiagonalPhase(Enumerable.Range(0, 32).Select(k => Math.Sin(k)).ToArray(), 5)
            .Cry(3, 0, 1).Crz(0, 2, 2).Y(3).Sdg(1).Tdg(0).X(4).Z(2)
            .TwoQubitUnitary(3, 1, Matrix4.CnotControlQ0);
        var parameters = Enumerable.Range(0, c.ParameterCount).Select(_ => rng.NextDouble() * 4 - 2).ToArray();
        var reference = new ReferenceSimulator(n);
        foreach (var g in c.Gates)
        {
            reference.ApplyGate(g, g.AngleFor(parameters));
        }

        var state = c.Run(parameters);
        StateAssert.Close(reference.GetAmplitudes(), state.Amplitudes);
    }

    [Fact]
    public void Hardware_efficient_ansatz_has_one_parameter_per_rotation_in_documented_layout()
    {
        var c = Ansatz.HardwareEfficient(4, 3);
        Assert.Equal(16, c.ParameterCount);
        var rotations = c.Gates.Where(g => g.Kind == GateKind.Ry).ToList();
        Assert.Equal(16, rotations.Count);
        for (int i = 0; i < rotations.Count; i++)
        {
            Assert.Equal(i, rotations[i].ParameterIndex);
            Assert.Equal(i % 4, rotations[i].Qubit0);
        }

        Assert.Equal(9, c.Gates.Count(g => g.Kind == GateKind.Cnot));
        Assert.Equal(12, Ansatz.HardwareEfficient(4, 3, Entangler.Circular).Gates.Count(g => g.Kind == GateKind.Cnot));
        Assert.Equal(9, Ansatz.HardwareEfficient(4, 3, Entangler.LinearCz).Gates.Count(g => g.Kind == GateKind.Cz));
    }

    [Fact]
    public void Invalid_circuits_and_inputs_are_refused_with_a_reason()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Ansatz.HardwareEfficient(3, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Circuit(0));
        var c = new Circuit(2);
        Assert.Throws<ArgumentOutOfRangeException>(() => c.H(2));
        Assert.Throws<ArgumentException>(() => c.Cnot(1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => c.Ry(0, -1));
        Assert.Throws<ArgumentException>(() => c.Unitary(0, new Matrix2(2, 0, 0, 1)));
        Assert.Throws<ArgumentException>(() => c.DiagonalPhase(new double[3], 0));

        c.Ry(0, 0).Ry(1, 1);
        var e = Assert.Throws<ArgumentException>(() => c.Run([0.1]));
        Assert.Contains("2 parameters", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => c.Run(new StateVector(3), [0.1, 0.2]));
    }

    [Fact]
    public void An_int_argument_is_a_parameter_index_and_a_double_is_a_fixed_angle()
    {
        var c = new Circuit(1).Ry(0, 0).Ry(0, 0.5);
        Assert.Equal(1, c.ParameterCount);
        Assert.True(c.Gates[0].IsParameterised);
        Assert.False(c.Gates[1].IsParameterised);
        Assert.Equal(0.5, c.Gates[1].Angle);
    }
}
