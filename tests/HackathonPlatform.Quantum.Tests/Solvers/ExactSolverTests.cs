using HackathonPlatform.Quantum.Models;
using HackathonPlatform.Quantum.Solvers;
using HackathonPlatform.Quantum.Tests.Models;

namespace HackathonPlatform.Quantum.Tests.Solvers;

public class ExactSolverTests
{
    [Fact]
    public void The_exact_solver_on_gka1b_finds_the_published_optimum()
    {
        var instance = SharedInstances.Get("gka1b");
        var report = ExactSolver.Solve(BiqMacReader.ReadQubo(instance.Path));
        Assert.Equal(instance.Optimum, report.BestValue);
        Assert.Equal(1.0, report.ApproximationRatio);
        Assert.Equal("exact", report.ReferenceSource);
        Assert.Equal(1L << 20, report.Evaluations);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void The_exact_solver_agrees_with_the_minimum_of_the_cost_diagonal(int seed)
    {
        var qubo = RandomModels.Qubo(11, seed, integerWeights: true);
        var diagonal = qubo.CostDiagonal();
        var report = ExactSolver.Solve(qubo);
        Assert.Equal(diagonal.Min(), report.BestValue);
        Assert.Equal(diagonal.Count(d => d == diagonal.Min()), report.OptimalStateCount);
        Assert.Equal(report.BestValue, qubo.Evaluate(Bitstrings.Parse(report.BestBitstring)));
    }

    [Fact]
    public void Max_cut_optima_come_in_complementary_pairs()
    {
        var square = new WeightedGraph(4, [new(0, 1, 1), new(1, 2, 1), new(2, 3, 1), new(3, 0, 1)]);
        var report = ExactSolver.Solve(square.ToQubo()).AsMaxCut();
        Assert.Equal(4.0, report.BestValue);
        Assert.Equal(2L, report.OptimalStateCount);
        Assert.Equal(1.0, report.ApproximationRatio);
    }

    [Fact]
    public void More_than_thirty_variables_are_refused_with_the_reason()
    {
        var ex = Assert.Throws<ArgumentException>(() => ExactSolver.Solve(new QuboBuilder(31).Build()));
        Assert.Contains("limit is 30", ex.Message, StringComparison.Ordinal);
    }
}
