using HackathonPlatform.Quantum.Models;
using HackathonPlatform.Quantum.Variational;

namespace HackathonPlatform.Quantum.Tests.Variational;

public class QaoaTests
{
    private static readonly double Gamma = Math.Atan(1 / Math.Sqrt(2));
    private static readonly double Beta = Math.PI / 8;
    private static readonly double TreeFraction = 0.5 + (1 / (3 * Math.Sqrt(3)));

    public static TheoryData<string> TriangleFreeCubicGraphs => new() { "cube", "petersen" };

    private static WeightedGraph Graph(string name) => name == "cube" ? Graphs.Cube() : Graphs.Petersen();

    private static double CutFraction(WeightedGraph g, double gamma, double beta)
    {
        var report = Qaoa.Solve(g.ToQubo(), new QaoaOptions { InitialParameters = [gamma, beta], OptimizeAngles = false }).AsMaxCut();
        return report.ObjectiveValue!.Value / g.Edges.Count;
    }

    [Theory]
    [MemberData(nameof(TriangleFreeCubicGraphs))]
    public void Qaoa_p1_at_gamma_arctan_inverse_sqrt2_and_beta_pi_over_8_cuts_the_tree_fraction(string name)
    {
        var g = Graph(name);
        Assert.All(Enumerable.Range(0, g.VertexCount), v => Assert.Equal(3, g.Edges.Count(e => e.U == v || e.V == v)));
        Assert.True(Math.Abs(CutFraction(g, Gamma, Beta) - TreeFraction) < 1e-9);
    }

    [Fact]
    public void The_opposite_sign_of_beta_gives_the_mirrored_fraction_so_the_convention_is_pinned()
    {
        Assert.True(Math.Abs(CutFraction(Graphs.Cube(), Gamma, -Beta) - (1 - TreeFraction)) < 1e-9);
    }

    [Fact]
    public void The_fixed_angle_table_p1_is_arctan_inverse_sqrt2_and_pi_over_8_to_the_table_precision()
    {
        var angles = FixedAngles.ThreeRegular(1);
        Assert.True(Math.Abs(Gamma - angles[0]) < 1e-4);
        Assert.True(Math.Abs(Beta - angles[1]) < 1e-4);
        Assert.True(Math.Abs(TreeFraction - FixedAngles.TreeCutFraction(1)) < 1e-6); // the table holds optimiser output
    }

    [Fact]
    public void Fixed_angles_at_depth_2_reach_at_least_the_tree_ratio_on_petersen()
    {
        var g = Graphs.Petersen();
        var report = Qaoa.Solve(g.ToQubo(), new QaoaOptions { Layers = 2, FixedAngleStart = true, OptimizeAngles = false }).AsMaxCut();
        Assert.True(report.ObjectiveValue / 12 >= FixedAngles.TreeCutFraction(2));
    }

    [Fact]
    public void Optimised_qaoa_finds_the_maximum_cut_of_petersen_and_reports_it_as_a_cut()
    {
        var report = Qaoa.Solve(Graphs.Petersen().ToQubo(), new QaoaOptions { Layers = 2, FixedAngleStart = true, Seed = 3 }).AsMaxCut();
        Assert.Equal(12.0, report.BestValue);
        Assert.Equal(1.0, report.ApproximationRatio);
        Assert.InRange(report.ProbabilityOfOptimum!.Value, 0.01, 1.0);
        Assert.Equal(4, report.Parameters.Count);
    }

    [Theory]
    [InlineData(0, 1.0, "depth p must be at least 1")]
    [InlineData(1, 0.0, "alpha must be in (0, 1]")]
    [InlineData(1, 1.5, "alpha must be in (0, 1]")]
    public void Invalid_depth_or_alpha_is_rejected_with_the_reason(int p, double alpha, string reason)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => Qaoa.Solve(Graphs.Cube().ToQubo(), new QaoaOptions { Layers = p, Alpha = alpha }));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Angles_of_the_wrong_length_are_rejected_with_the_reason()
    {
        var ex = Assert.Throws<ArgumentException>(() => Qaoa.Solve(Graphs.Cube().ToQubo(), new QaoaOptions { Layers = 2, InitialParameters = [0.1, 0.2] }));
        Assert.Contains("has 4 angles", ex.Message, StringComparison.Ordinal);
    }
}
