using HackathonPlatform.Quantum.Optimizers;

namespace HackathonPlatform.Quantum.Tests.Optimizers;

public class OptimizerTests
{
    [Fact]
    public void Nelder_mead_finds_the_minimum_of_rosenbrock()
    {
        var result = new NelderMead().Minimize(TestFunctions.Rosenbrock(), [-1.2, 1.0], seed: 0);
        Assert.Equal(1.0, result.Point[0], 4);
        Assert.Equal(1.0, result.Point[1], 4);
        Assert.Equal("simplex converged", result.StopReason);
    }

    [Fact]
    public void Adam_finds_the_minimum_of_rosenbrock_with_its_gradient()
    {
        var adam = new Adam(new AdamOptions { LearningRate = 0.02, MaxIterations = 6000 });
        var result = adam.Minimize(TestFunctions.Rosenbrock(), [-1.2, 1.0], seed: 0);
        Assert.Equal(1.0, result.Point[0], 2);
        Assert.Equal(1.0, result.Point[1], 2);
    }

    [Fact]
    public void Spsa_finds_the_minimum_of_an_ill_conditioned_bowl_in_six_dimensions()
    {
        var result = new Spsa(new SpsaOptions { MaxIterations = 2000 }).Minimize(TestFunctions.Bowl(6), new double[6], seed: 4);
        Assert.True(result.Value < 1e-3, $"value {result.Value}");
        Assert.Equal(2 * 2000 + 2 * 5 + 1, result.Evaluations);
    }

    [Fact]
    public void Nelder_mead_finds_the_minimum_of_a_bowl_in_ten_dimensions()
    {
        var result = new NelderMead().Minimize(TestFunctions.Bowl(10), new double[10], seed: 0);
        Assert.True(result.Value < 1e-8, $"value {result.Value}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_spsa_run()
    {
        var a = new Spsa(new SpsaOptions { MaxIterations = 50 }).Minimize(TestFunctions.Rosenbrock(), [0, 0], seed: 11);
        var b = new Spsa(new SpsaOptions { MaxIterations = 50 }).Minimize(TestFunctions.Rosenbrock(), [0, 0], seed: 11);
        Assert.Equal(a.Point, b.Point);
        Assert.Equal(a.Trace, b.Trace);
    }

    [Fact]
    public void Adam_without_a_gradient_is_rejected_with_the_reason()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Adam().Minimize(new Objective(1, x => x[0] * x[0]), [1.0], 0));
        Assert.Contains("needs gradients", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_start_of_the_wrong_length_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new NelderMead().Minimize(TestFunctions.Rosenbrock(), [1.0], 0));
        Assert.Contains("Expected 2 parameters, got 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multi_start_keeps_the_best_of_its_seeded_runs_and_repeats_exactly()
    {
        // A double well: f = (x² − 1)² + 0.3x has its global minimum near x = −1.
        var objective = new Objective(1, x => (((x[0] * x[0]) - 1) * ((x[0] * x[0]) - 1)) + (0.3 * x[0]));
        double[] Start(Random r) => [(r.NextDouble() * 4) - 2];
        var a = MultiStart.Minimize(new NelderMead(), objective, 6, Start, seed: 2);
        var b = MultiStart.Minimize(new NelderMead(), objective, 6, Start, seed: 2);
        Assert.Equal(6, a.Runs.Count);
        Assert.True(a.Best.Point[0] < 0);
        Assert.Equal(a.Runs.Min(r => r.Value), a.Best.Value);
        Assert.Equal(a.Best.Point, b.Best.Point);
    }
}
