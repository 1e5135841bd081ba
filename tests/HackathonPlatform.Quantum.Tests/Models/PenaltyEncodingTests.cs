using HackathonPlatform.Quantum.Models;
using HackathonPlatform.Quantum.Solvers;

namespace HackathonPlatform.Quantum.Tests.Models;

public class PenaltyEncodingTests
{
    [Fact]
    public void A_one_hot_penalty_is_zero_exactly_on_assignments_with_one_bit_set()
    {
        var b = new QuboBuilder(3);
        var c = PenaltyEncoding.AddOneHot(b, [0, 1, 2], penalty: 5);
        var qubo = b.Build();
        foreach (var y in RandomModels.AllAssignments(3))
        {
            int ones = y.Count(v => v);
            Assert.Equal(5.0 * (ones - 1) * (ones - 1), qubo.Evaluate(y), 12);
            Assert.Equal(ones == 1, c.IsSatisfied(y));
            Assert.Equal(ones == 1, qubo.IsFeasible(y));
        }
    }

    [Fact]
    public void A_knapsack_has_a_zero_penalty_slack_for_every_feasible_choice_and_none_for_infeasible_ones()
    {
        int[] weights = [3, 4, 5];
        var b = new QuboBuilder(3);
        var enc = PenaltyEncoding.AddKnapsack(b, [0, 1, 2], weights, capacity: 7, penalty: 1);
        var qubo = b.Build();
        Assert.Equal(3, enc.SlackVariables.Count); // slack weights 1, 2, 4 cover 0..7
        foreach (var y in RandomModels.AllAssignments(3))
        {
            double load = (y[0] ? 3 : 0) + (y[1] ? 4 : 0) + (y[2] ? 5 : 0);
            double bestPenalty = RandomModels.AllAssignments(enc.SlackVariables.Count)
                .Min(s => qubo.Evaluate([.. y, .. s]));
            Assert.Equal(load <= 7, bestPenalty == 0);
            Assert.Equal(load <= 7, qubo.IsFeasible([.. y, false, false, false]));
        }
    }

    [Fact]
    public void The_exact_optimum_of_a_penalised_objective_is_reported_feasible()
    {
        // Maximise 5y0 + 4y1 + 3y2 (minimise the negative) with exactly one item.
        var objective = new QuboBuilder(3).AddLinear(0, -5).AddLinear(1, -4).AddLinear(2, -3).AddQuadratic(0, 1, -10);
        double penalty = PenaltyEncoding.SafePenalty(objective.Build());
        PenaltyEncoding.AddOneHot(objective, [0, 1, 2], penalty);
        var report = ExactSolver.Solve(objective.Build());
        Assert.Equal("100", report.BestBitstring);
        Assert.True(report.Feasible);
    }

    [Fact]
    public void A_non_positive_penalty_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PenaltyEncoding.AddOneHot(new QuboBuilder(2), [0, 1], 0));
        Assert.Contains("positive", ex.Message, StringComparison.Ordinal);
    }
}
