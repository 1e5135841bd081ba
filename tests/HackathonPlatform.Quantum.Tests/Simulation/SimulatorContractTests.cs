using System.Numerics;
using HackathonPlatform.Quantum.Circuits;
using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Quantum.Tests.Simulation;

/// <summary>
/// One contract, every simulator: the fast <see cref="StateVector"/> and the dense
/// <see cref="ReferenceSimulator"/> must both pass these tests.
/// </summary>
public abstract class SimulatorContractTests
{
    private static readonly double Rt2 = 1 / Math.Sqrt(2);

    protected abstract IStateSimulator Create(int qubits);

    public static TheoryData<GateKind, int, int> GatePlacements()
    {
        var data = new TheoryData<GateKind, int, int>();
        foreach (var kind in Enum.GetValues<GateKind>())
        {
            if (kind == GateKind.DiagonalPhase)
            {
                continue;
            }

            bool two = kind >= GateKind.Cnot;
            foreach (var (a, b) in two ? new[] { (0, 1), (1, 0), (0, 4), (4, 0), (2, 4), (4, 2), (1, 3) } : [(0, -1), (1, -1), (2, -1), (4, -1)])
            {
                data.Add(kind, a, b);
            }
        }

        return data;
    }

    [Fact]
    public void Bell_state_has_equal_weight_on_00_and_11()
    {
        var sim = Create(2);
        var c = new Circuit(2).H(0).Cnot(0, 1);
        foreach (var g in c.Gates)
        {
            sim.ApplyGate(g, 0);
        }

        StateAssert.Close([Rt2, 0, 0, Rt2], sim.GetAmplitudes());
    }

    [Fact]
    public void GHZ_state_on_five_qubits_puts_half_the_weight_on_all_zeros_and_half_on_all_ones()
    {
        var sim = Create(5);
        var c = new Circuit(5).H(0);
        for (int q = 0; q < 4; q++)
        {
            c.Cnot(q, q + 1);
        }

        foreach (var g in c.Gates)
        {
            sim.ApplyGate(g, 0);
        }

        var expected = new Complex[32];
        expected[0] = Rt2;
        expected[31] = Rt2;
        StateAssert.Close(expected, sim.GetAmplitudes());
    }

    [Fact]
    public void X_on_qubit_1_of_three_gives_basis_state_2_because_qubit_q_is_bit_q()
    {
        var sim = Create(3);
        sim.ApplyGate(new Circuit(3).X(1).Gates[0], 0);
        Assert.Equal(1.0, sim.Probabilities()[2], 12);
    }

    [Theory]
    [MemberData(nameof(GatePlacements))]
    public void Every_gate_matches_its_textbook_matrix_on_a_random_state(GateKind kind, int q0, int q1)
    {
        const int n = 5;
        var rng = new Random(1000 + ((int)kind * 31) + (q0 * 7) + q1);
        var gate = MakeGate(n, kind, q0, q1, rng);
        double angle = gate.Angle;
        var input = StateAssert.RandomState(n, rng);
        var sim = Create(n);
        sim.SetAmplitudes(input);
        sim.ApplyGate(gate, angle);

        var expected = DenseOperators.Multiply(new ReferenceSimulator(n).GateMatrix(gate, angle), input);
        StateAssert.Close(expected, sim.GetAmplitudes());
    }

    [Fact]
    public void A_long_random_circuit_preserves_the_norm()
    {
        const int n = 5;
        var rng = new Random(7);
        var sim = Create(n);
        sim.SetAmplitudes(StateAssert.RandomState(n, rng));
        var kinds = Enum.GetValues<GateKind>().Where(k => k != GateKind.DiagonalPhase).ToArray();
        for (int i = 0; i < 60; i++)
        {
            var kind = kinds[rng.Next(kinds.Length)];
            int a = rng.Next(n), b = (a + 1 + rng.Next(n - 1)) % n;
            var gate = MakeGate(n, kind, a, kind >= GateKind.Cnot ? b : -1, rng);
            sim.ApplyGate(gate, gate.Angle);
        }

        Assert.Equal(1.0, StateAssert.Norm(sim.GetAmplitudes()), 10);
    }

    [Fact]
    public void Diagonal_phase_layer_multiplies_each_amplitude_by_its_own_phase()
    {
        const int n = 4;
        var rng = new Random(11);
        var input = StateAssert.RandomState(n, rng);
        var diagonal = Enumerable.Range(0, 16).Select(_ => rng.NextDouble() * 4 - 2).ToArray();
        var sim = Create(n);
        sim.SetAmplitudes(input);
        sim.ApplyDiagonalPhase(diagonal, 0.37);
        var expected = input.Select((a, k) => a * Complex.FromPolarCoordinates(1, -0.37 * diagonal[k])).ToArray();
        StateAssert.Close(expected, sim.GetAmplitudes());
    }

    [Theory]
    [InlineData(PauliAxis.X)]
    [InlineData(PauliAxis.Y)]
    [InlineData(PauliAxis.Z)]
    public void Fused_rotation_layer_equals_the_same_rotations_applied_one_by_one(PauliAxis axis)
    {
        const int n = 6;
        var rng = new Random(5 + (int)axis);
        var input = StateAssert.RandomState(n, rng);
        var angles = Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 6 - 3).ToArray();
        var fused = Create(n);
        fused.SetAmplitudes(input);
        fused.ApplyRotationLayer(axis, angles);

        var single = Create(n);
        single.SetAmplitudes(input);
        var kind = axis switch { PauliAxis.X => GateKind.Rx, PauliAxis.Y => GateKind.Ry, _ => GateKind.Rz };
        for (int q = 0; q < n; q++)
        {
            single.ApplyGate(MakeGate(n, kind, q, -1, rng), angles[q]);
        }

        StateAssert.Close(single.GetAmplitudes(), fused.GetAmplitudes());
    }

    [Fact]
    public void Singlet_state_has_the_Heisenberg_ground_energy_minus_three()
    {
        var sim = Create(2);
        sim.SetAmplitudes([0, Rt2, -Rt2, 0]);
        var heisenberg = PauliSum.Parse("X0 X1 + Y0 Y1 + Z0 Z1");
        Assert.Equal(-3.0, sim.Expectation(heisenberg), 12);

        sim.SetAmplitudes([1, 0, 0, 0]);
        Assert.Equal(1.0, sim.Expectation(heisenberg), 12);
    }

    [Fact]
    public void Basis_state_of_the_smallest_diagonal_entry_reaches_the_exact_ground_energy()
    {
        const int n = 4;
        var ising = PauliSum.Parse("1.0*Z0 Z1 + 0.7*Z1 Z2 - 0.4*Z2 Z3 + 0.3*Z0 - 0.2*Z3");
        var diagonal = ising.ToDiagonal(n);
        int ground = Array.IndexOf(diagonal, diagonal.Min());
        var sim = Create(n);
        var c = new Circuit(n);
        for (int q = 0; q < n; q++)
        {
            if (((ground >> q) & 1) == 1)
            {
                c.X(q);
            }
        }

        foreach (var g in c.Gates)
        {
            sim.ApplyGate(g, 0);
        }

        Assert.Equal(diagonal.Min(), sim.ExpectationDiagonal(diagonal), 12);
        Assert.Equal(diagonal.Min(), sim.Expectation(ising), 12);
    }

    [Fact]
    public void Pauli_expectations_on_a_random_state_match_the_dense_matrices()
    {
        const int n = 4;
        var input = StateAssert.RandomState(n, new Random(3));
        var h = PauliSum.Parse("0.5*Z0 Z1 - 1.2*X2 + 0.3*Y0 Y3 + 0.8*X1 Z2 Y3 - 0.25 + 2*Z3");
        var sim = Create(n);
        sim.SetAmplitudes(input);
        var reference = new ReferenceSimulator(n);
        reference.SetAmplitudes(input);
        Assert.Equal(reference.Expectation(h), sim.Expectation(h), 12);
    }

    [Fact]
    public void Sampling_with_the_same_seed_repeats_and_follows_the_probabilities()
    {
        const int n = 3;
        var sim = Create(n);
        sim.SetAmplitudes(StateAssert.RandomState(n, new Random(21)));
        var first = sim.Sample(20000, new Random(99));
        var second = sim.Sample(20000, new Random(99));
        Assert.Equal(first, second);

        var p = sim.Probabilities();
        for (int k = 0; k < p.Length; k++)
        {
            double observed = first.Count(x => x == k) / 20000.0;
            double sigma = Math.Sqrt(p[k] * (1 - p[k]) / 20000);
            Assert.True(Math.Abs(observed - p[k]) <= (5 * sigma) + 1e-9, $"State {k}: observed {observed}, expected {p[k]}.");
        }
    }

    [Fact]
    public void Fast_and_reference_samplers_draw_the_same_outcomes_from_the_same_seed()
    {
        const int n = 3;
        var input = StateAssert.RandomState(n, new Random(22));
        var sim = Create(n);
        sim.SetAmplitudes(input);
        var reference = new ReferenceSimulator(n);
        reference.SetAmplitudes(input);
        Assert.Equal(reference.Sample(500, new Random(5)), sim.Sample(500, new Random(5)));
    }

    [Fact]
    public void Measuring_a_Bell_pair_collapses_both_qubits_to_the_same_value()
    {
        for (int seed = 0; seed < 8; seed++)
        {
            var sim = Create(2);
            sim.SetAmplitudes([Rt2, 0, 0, Rt2]);
            int first = sim.Measure(0, new Random(seed));
            int second = sim.Measure(1, new Random(seed + 100));
            Assert.Equal(first, second);
            Assert.Equal(1.0, sim.Probabilities()[first == 1 ? 3 : 0], 12);
        }
    }

    [Fact]
    public void Measuring_follows_the_probabilities_over_many_seeds()
    {
        int ones = 0;
        var amplitudes = new Complex[] { Math.Sqrt(0.3), Math.Sqrt(0.7) };
        for (int seed = 0; seed < 2000; seed++)
        {
            var sim = Create(1);
            sim.SetAmplitudes(amplitudes);
            ones += sim.Measure(0, new Random(seed));
        }

        Assert.InRange(ones / 2000.0, 0.7 - 0.05, 0.7 + 0.05);
    }

    internal static Gate MakeGate(int n, GateKind kind, int q0, int q1, Random rng)
    {
        double angle = (rng.NextDouble() * 6) - 3;
        var c = new Circuit(n);
        _ = kind switch
        {
            GateKind.H => c.H(q0),
            GateKind.X => c.X(q0),
            GateKind.Y => c.Y(q0),
            GateKind.Z => c.Z(q0),
            GateKind.S => c.S(q0),
            GateKind.Sdg => c.Sdg(q0),
            GateKind.T => c.T(q0),
            GateKind.Tdg => c.Tdg(q0),
            GateKind.Rx => c.Rx(q0, angle),
            GateKind.Ry => c.Ry(q0, angle),
            GateKind.Rz => c.Rz(q0, angle),
            GateKind.Phase => c.Phase(q0, angle),
            GateKind.Unitary => c.Unitary(q0, Matrix2.Rz(angle) * Matrix2.Ry(angle * 0.7) * Matrix2.Rx(-angle * 1.3)),
            GateKind.Cnot => c.Cnot(q0, q1),
            GateKind.Cz => c.Cz(q0, q1),
            GateKind.Swap => c.Swap(q0, q1),
            GateKind.Crx => c.Crx(q0, q1, angle),
            GateKind.Cry => c.Cry(q0, q1, angle),
            GateKind.Crz => c.Crz(q0, q1, angle),
            GateKind.CPhase => c.CPhase(q0, q1, angle),
            GateKind.TwoQubitUnitary => c.TwoQubitUnitary(q0, q1, RandomTwoQubitUnitary(angle)),
            _ => throw new NotSupportedException(kind.ToString()),
        };
        return c.Gates[0];
    }

    private static Matrix4 RandomTwoQubitUnitary(double angle) =>
        Matrix4.ControlledOnQ0(Matrix2.Ry(angle)) * Matrix4.Tensor(Matrix2.Rx(angle * 0.3), Matrix2.H)
        * Matrix4.CnotControlQ0 * Matrix4.Tensor(Matrix2.Rz(-angle), Matrix2.Ry(angle * 1.7));
}
