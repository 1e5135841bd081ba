using HackathonPlatform.Quantum.Models;

namespace HackathonPlatform.Quantum.Tests.Models;

public class CostDiagonalTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(10, 2)]
    [InlineData(12, 3)]
    public void The_diagonal_holds_the_energy_of_each_basis_state_with_bit_q_as_variable_q(int n, int seed)
    {
        var qubo = RandomModels.Qubo(n, seed);
        var diagonal = qubo.CostDiagonal();
        Assert.Equal(1 << n, diagonal.Length);
        for (int k = 0; k < diagonal.Length; k++)
        {
            double direct = qubo.EvaluateBasisState(k);
            Assert.True(Math.Abs(direct - diagonal[k]) <= 1e-9 * Math.Max(1, Math.Abs(direct)), $"state {k}: {diagonal[k]} vs {direct}");
        }
    }

    [Fact]
    public void A_diagonal_beyond_thirty_variables_is_refused_before_allocating()
    {
        var ex = Assert.Throws<ArgumentException>(() => new QuboBuilder(31).Build().CostDiagonal());
        Assert.Contains("2^31", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_model_has_one_basis_state_with_the_offset()
    {
        Assert.Equal([2.5], new QuboBuilder(0).AddOffset(2.5).Build().CostDiagonal());
    }
}
