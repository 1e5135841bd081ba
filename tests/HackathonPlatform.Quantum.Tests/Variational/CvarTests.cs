using HackathonPlatform.Quantum.Circuits;
using HackathonPlatform.Quantum.Tests.Models;
using HackathonPlatform.Quantum.Variational;

namespace HackathonPlatform.Quantum.Tests.Variational;

public class CvarTests
{
    [Fact]
    public void Cvar_with_alpha_one_equals_the_plain_expectation()
    {
        var cost = RandomModels.Qubo(6, 2).CostDiagonal();
        var circuit = Ansatz.HardwareEfficient(6, 2);
        var theta = Enumerable.Range(0, circuit.ParameterCount).Select(j => 0.37 * j).ToArray();
        var state = circuit.Run(theta);
        Assert.Equal(state.ExpectationDiagonal(cost), Cvar.Compute(state.Probabilities(), cost, 1.0), 10);
    }

    [Theory]
    [InlineData(0.25, 1.0)]
    [InlineData(0.5, 1.0)]
    [InlineData(0.75, 5.0 / 3.0)]
    [InlineData(1.0, 2.0)]
    public void Cvar_averages_the_best_alpha_fraction_counting_the_boundary_state_in_part(double alpha, double expected)
    {
        Assert.Equal(expected, Cvar.Compute([0.5, 0.5], [3.0, 1.0], alpha), 12);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.3)]
    public void The_objective_gradient_matches_central_differences(double alpha)
    {
        var cost = RandomModels.Qubo(5, 3).CostDiagonal();
        var circuit = Ansatz.HardwareEfficient(5, 1);
        var objective = new DiagonalObjective(circuit, cost, alpha);
        var theta = Enumerable.Range(0, circuit.ParameterCount).Select(j => 0.3 + (0.21 * j)).ToArray();
        var gradient = new double[theta.Length];
        objective.ValueAndGradient(theta, gradient);
        const double h = 1e-6;
        for (int j = 0; j < theta.Length; j++)
        {
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[j] += h;
            minus[j] -= h;
            double numeric = (objective.Value(plus) - objective.Value(minus)) / (2 * h);
            Assert.True(Math.Abs(numeric - gradient[j]) < 1e-5, $"parameter {j}: {gradient[j]} vs {numeric}");
        }
    }
}
