using HackathonPlatform.Quantum.Models;

namespace HackathonPlatform.Quantum.Tests.Models;

public class WeightedGraphTests
{
    [Fact]
    public void The_max_cut_qubo_of_a_weighted_triangle_is_minus_the_cut_on_every_assignment()
    {
        var g = new WeightedGraph(3, [new(0, 1, 1), new(1, 2, 2), new(2, 0, 3)]);
        var qubo = QuboModel.FromMaxCut(g);
        foreach (var side in RandomModels.AllAssignments(3))
        {
            Assert.Equal(-g.CutValue(side), qubo.Evaluate(side), 12);
        }
    }

    [Theory]
    [InlineData(0, 0, "self-loop")]
    [InlineData(0, 5, "outside")]
    public void Invalid_edges_are_rejected_with_the_reason(int u, int v, string reason)
    {
        var ex = Assert.Throws<ArgumentException>(() => new WeightedGraph(3, [new(u, v, 1)]));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_edge_is_rejected_in_either_order()
    {
        var ex = Assert.Throws<ArgumentException>(() => new WeightedGraph(3, [new(0, 1, 1), new(1, 0, 1)]));
        Assert.Contains("repeated", ex.Message, StringComparison.Ordinal);
    }
}
