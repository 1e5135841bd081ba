using HackathonPlatform.Quantum.Circuits;
using HackathonPlatform.Quantum.Solvers;
using HackathonPlatform.Quantum.Tests.Models;
using HackathonPlatform.Quantum.Variational;

namespace HackathonPlatform.Quantum.Tests.Variational;

public class VqeTests
{
    [Theory]
    [InlineData(6, 1)]
    [InlineData(8, 2)]
    [InlineData(10, 3)]
    public void Vqe_finds_the_optimum_of_small_random_instances_with_a_fixed_seed(int n, int seed)
    {
        var qubo = RandomModels.Qubo(n, seed, density: 0.5, integerWeights: true);
        var report = Vqe.Solve(qubo, new VqeOptions { Seed = 7 });
        Assert.Equal(ExactSolver.Solve(qubo).BestValue, report.BestValue);
        Assert.Equal(1.0, report.ApproximationRatio);
        Assert.Equal("vqe", report.Method);
        Assert.True(report.ProbabilityOfOptimum > 0.05, $"p(opt) = {report.ProbabilityOfOptimum}");
        Assert.Equal(3 * n, report.Parameters.Count);
    }

    [Fact]
    public void The_same_seed_gives_the_same_report()
    {
        var qubo = RandomModels.Qubo(7, 4, integerWeights: true);
        var a = Vqe.Solve(qubo, new VqeOptions { Seed = 5, Layers = 1 });
        var b = Vqe.Solve(qubo, new VqeOptions { Seed = 5, Layers = 1 });
        Assert.Equal(a.BestBitstring, b.BestBitstring);
        Assert.Equal(a.Parameters, b.Parameters);
        Assert.Equal(a.Trace, b.Trace);
    }

    [Fact]
    public void Plain_expectation_vqe_with_another_entangler_and_nelder_mead_runs()
    {
        var qubo = RandomModels.Qubo(5, 8, integerWeights: true);
        var report = Vqe.Solve(qubo, new VqeOptions { Alpha = 1, Entangler = Entangler.LinearCz, Optimizer = new HackathonPlatform.Quantum.Optimizers.NelderMead(), Seed = 1 });
        Assert.Contains("Nelder-Mead", report.Optimizer, StringComparison.Ordinal);
        Assert.Equal(ExactSolver.Solve(qubo).BestValue, report.BestValue);
    }

    [Fact]
    public void A_negative_depth_is_rejected_with_the_reason()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Vqe.Solve(RandomModels.Qubo(3, 1), new VqeOptions { Layers = -1 }));
        Assert.Contains("layers (depth) must be 0 or more", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Alpha_outside_zero_to_one_is_rejected_with_the_reason(double alpha)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Vqe.Solve(RandomModels.Qubo(3, 1), new VqeOptions { Alpha = alpha }));
        Assert.Contains("alpha must be in (0, 1]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Initial_parameters_of_the_wrong_length_are_rejected_with_the_reason()
    {
        var ex = Assert.Throws<ArgumentException>(() => Vqe.Solve(RandomModels.Qubo(3, 1), new VqeOptions { Layers = 1, InitialParameters = [0.1, 0.2] }));
        Assert.Contains("has 6 parameters; 2 initial values", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_without_variables_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Vqe.Solve(new HackathonPlatform.Quantum.Models.QuboBuilder(0).Build()));
        Assert.Contains("1 to 30 variables", ex.Message, StringComparison.Ordinal);
    }
}
