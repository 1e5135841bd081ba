using System.Diagnostics;
using HackathonPlatform.Quantum.Models;
using HackathonPlatform.Quantum.Solvers;
using HackathonPlatform.Quantum.Tests.Models;

namespace HackathonPlatform.Quantum.Tests.Solvers;

public class TabuSearchTests
{
    [Fact]
    public void Tabu_search_reaches_the_published_optimum_on_all_28_shared_instances()
    {
        var clock = Stopwatch.StartNew();
        var misses = new List<string>();
        foreach (var instance in SharedInstances.All)
        {
            // Default settings and one seed for every instance: nothing is tuned to these files.
            var qubo = instance.IsMaxCut ? BiqMacReader.ReadMaxCut(instance.Path).ToQubo() : BiqMacReader.ReadQubo(instance.Path);
            var report = TabuSearch.Solve(qubo, new TabuSearchOptions { Seed = 1 });
            double value = instance.IsMaxCut ? -report.BestValue : report.BestValue;
            if (value != instance.Optimum)
            {
                misses.Add($"{instance.Name}: {value} vs {instance.Optimum}");
            }
        }
        Assert.Empty(misses);
        Assert.Equal(28, SharedInstances.All.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_report()
    {
        var qubo = RandomModels.Qubo(40, 9, density: 0.3, integerWeights: true);
        var a = TabuSearch.Solve(qubo, new TabuSearchOptions { Seed = 3, Restarts = 5 });
        var b = TabuSearch.Solve(qubo, new TabuSearchOptions { Seed = 3, Restarts = 5 });
        Assert.Equal(a.BestBitstring, b.BestBitstring);
        Assert.Equal(a.Trace, b.Trace);
        Assert.Equal(a.Evaluations, b.Evaluations);
    }

    [Fact]
    public void Tabu_search_matches_the_exact_solver_on_random_small_models()
    {
        for (int seed = 0; seed < 5; seed++)
        {
            var qubo = RandomModels.Qubo(14, seed, integerWeights: true);
            Assert.Equal(ExactSolver.Solve(qubo).BestValue, TabuSearch.Solve(qubo, new TabuSearchOptions { Seed = seed }).BestValue);
        }
    }

    [Fact]
    public void A_target_value_stops_the_search_early()
    {
        var qubo = RandomModels.Qubo(20, 4, integerWeights: true);
        double optimum = ExactSolver.Solve(qubo).BestValue;
        var report = TabuSearch.Solve(qubo, new TabuSearchOptions { Seed = 2, Restarts = 1000, TargetValue = optimum });
        Assert.Equal(optimum, report.BestValue);
        Assert.True(report.Trace.Count < 1000);
    }
}
