using HackathonPlatform.Quantum.Circuits;
using HackathonPlatform.Quantum.Gradients;
using HackathonPlatform.Quantum.Simulation;
using HackathonPlatform.Quantum.Tests.Simulation;

namespace HackathonPlatform.Quantum.Tests.Gradients;

public sealed class GradientTests
{
    private const double Tolerance = 1e-6;

    /// <summary>Every parameterised gate kind, a shared parameter and a scaled one, on 4 qubits.</summary>
    private static Circuit EveryKind(bool withDiagonalPhase)
    {
        var c = new Circuit(4).H(0).H(1).H(2).H(3)
            .Rx(0, 0).Ry(1, 1).Rz(2, 2).Phase(3, 3).Cnot(0, 1)
            .Crx(1, 2, 4).Cry(2, 3, 5).Crz(3, 0, 6).CPhase(0, 2, 7)
            .Ry(0, 1, scale: 2.0).Rx(3, 8, scale: -0.5).Cz(1, 3);
        if (withDiagonalPhase)
        {
            c.DiagonalPhase(Enumerable.Range(0, 16).Select(k => Math.Cos(0.7 * k)).ToArray(), 9, scale: 1.5);
        }

        return c.Rx(2, 10).Ry(1, 0).Rz(0, 3);
    }

    private static double[] Parameters(Circuit c, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, c.ParameterCount).Select(_ => rng.NextDouble() * 4 - 2).ToArray();
    }

    /// <summary>Central differences on the dense reference simulator: independent of the code under test.</summary>
    private static double[] FiniteDifferences(Circuit c, double[] parameters, Func<IStateSimulator, double> cost)
    {
        const double h = 1e-5;
        double Evaluate(double[] p)
        {
            var sim = new ReferenceSimulator(c.QubitCount);
            foreach (var g in c.Gates)
            {
                sim.ApplyGate(g, g.AngleFor(p));
            }

            return cost(sim);
        }

        var gradient = new double[parameters.Length];
        for (int j = 0; j < parameters.Length; j++)
        {
            var plus = (double[])parameters.Clone();
            var minus = (double[])parameters.Clone();
            plus[j] += h;
            minus[j] -= h;
            gradient[j] = (Evaluate(plus) - Evaluate(minus)) / (2 * h);
        }

        return gradient;
    }

    private static void Close(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int j = 0; j < expected.Length; j++)
        {
            Assert.True(Math.Abs(expected[j] - actual[j]) <= Tolerance, $"Parameter {j}: expected {expected[j]}, got {actual[j]}.");
        }
    }

    [Fact]
    public void Adjoint_gradient_of_a_diagonal_observable_matches_finite_differences_for_every_gate_kind()
    {
        var c = EveryKind(withDiagonalPhase: true);
        var p = Parameters(c, 1);
        var diagonal = PauliSum.Parse("Z0 Z1 - 0.6*Z2 + 0.3*Z1 Z3").ToDiagonal(4);
        var (value, gradient) = AdjointDifferentiation.ValueAndGradient(c, p, diagonal);

        Assert.Equal(c.Run(p).ExpectationDiagonal(diagonal), value, 12);
        Close(FiniteDifferences(c, p, s => s.ExpectationDiagonal(diagonal)), gradient);
    }

    [Fact]
    public void Adjoint_gradient_of_a_Pauli_sum_with_X_and_Y_terms_matches_finite_differences()
    {
        var c = EveryKind(withDiagonalPhase: true);
        var p = Parameters(c, 2);
        var h = PauliSum.Parse("0.5*Z0 Z1 - 1.2*X2 + 0.7*Y1 X3 + 0.2");
        var (value, gradient) = AdjointDifferentiation.ValueAndGradient(c, p, h);

        Assert.Equal(c.Run(p).Expectation(h), value, 12);
        Close(FiniteDifferences(c, p, s => s.Expectation(h)), gradient);
    }

    [Fact]
    public void Parameter_shift_gradient_matches_finite_differences_including_controlled_rotations()
    {
        var c = EveryKind(withDiagonalPhase: false);
        var p = Parameters(c, 3);
        var h = PauliSum.Parse("0.5*Z0 Z1 - 1.2*X2 + 0.7*Y1 X3");
        Close(FiniteDifferences(c, p, s => s.Expectation(h)), ParameterShift.Gradient(c, p, h));
    }

    [Fact]
    public void Adjoint_and_parameter_shift_agree_on_an_eight_qubit_hardware_efficient_ansatz()
    {
        var c = Ansatz.HardwareEfficient(8, 3);
        var p = Parameters(c, 4);
        var diagonal = PauliSum.Parse("Z0 Z1 + Z1 Z2 + Z2 Z3 + Z3 Z4 + Z4 Z5 + Z5 Z6 + Z6 Z7 - 0.5*Z0").ToDiagonal(8);
        var shift = ParameterShift.Gradient(c, p, diagonal);
        var (_, adjoint) = AdjointDifferentiation.ValueAndGradient(c, p, diagonal);
        Close(shift, adjoint);
    }

    [Fact]
    public void Parameter_shift_refuses_gates_without_a_shift_rule()
    {
        var c = EveryKind(withDiagonalPhase: true);
        var e = Assert.Throws<ArgumentException>(() => ParameterShift.Gradient(c, Parameters(c, 5), s => s.Probabilities()[0]));
        Assert.Contains("AdjointDifferentiation", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gradients_refuse_parameter_vectors_of_the_wrong_length()
    {
        var c = Ansatz.HardwareEfficient(3, 1);
        var diagonal = new double[8];
        Assert.Throws<ArgumentException>(() => AdjointDifferentiation.ValueAndGradient(c, new double[5], diagonal));
        Assert.Throws<ArgumentException>(() => AdjointDifferentiation.ValueAndGradient(c, new double[6], new double[4]));
        Assert.Throws<ArgumentException>(() => ParameterShift.Gradient(c, new double[7], diagonal));
    }

    [Fact]
    public void Fused_adjoint_layers_on_fifteen_qubits_match_finite_differences()
    {
        // 15 qubits: the fused backward step uses both its in-block loops (qubits 0..13) and a high group (14).
        const int n = 15;
        var c = new Circuit(n).RotationLayer(PauliAxis.X, 0).RotationLayer(PauliAxis.Y, n);
        for (int q = 0; q + 1 < n; q++)
        {
            c.Cnot(q, q + 1);
        }

        c.RotationLayer(PauliAxis.Z, 2 * n).H(3).Phase(0, 3 * n).Phase(7, (3 * n) + 1).Phase(14, (3 * n) + 2, scale: 0.5).Ry(13, 1.2);
        var p = Parameters(c, 6);
        var h = PauliSum.Parse("Z0 Z1 - 0.7*X3 + 0.4*Y14 X13 + 0.2*Z8 - 0.3*X9 Y10");
        var (_, adjoint) = AdjointDifferentiation.ValueAndGradient(c, p, h);

        const double step = 1e-5;
        foreach (int j in new[] { 0, 1, 13, 14, n, n + 1, (2 * n) - 1, 2 * n, (3 * n) - 1, 3 * n, (3 * n) + 2 })
        {
            var plus = (double[])p.Clone();
            var minus = (double[])p.Clone();
            plus[j] += step;
            minus[j] -= step;
            double expected = (c.Run(plus).Expectation(h) - c.Run(minus).Expectation(h)) / (2 * step);
            Assert.True(Math.Abs(expected - adjoint[j]) <= Tolerance, $"Parameter {j}: expected {expected}, got {adjoint[j]}.");
        }
    }
}
