using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Quantum.Tests.Simulation;

public sealed class PauliSumTests
{
    [Fact]
    public void Parse_reads_coefficients_signs_and_factors()
    {
        var h = PauliSum.Parse("0.5*Z0 Z1 - 1.2*X2 + Y3 - 2.5e-1 + 1E+1*Z0*X1");
        Assert.Equal(5, h.Terms.Count);
        Assert.Equal(0.5, h.Terms[0].Coefficient);
        Assert.Equal("Z0 Z1", h.Terms[0].Operator.ToString());
        Assert.Equal(-1.2, h.Terms[1].Coefficient);
        Assert.Equal(1.0, h.Terms[2].Coefficient);
        Assert.Equal(-0.25, h.Terms[3].Coefficient);
        Assert.Equal(PauliString.Identity, h.Terms[3].Operator);
        Assert.Equal(10.0, h.Terms[4].Coefficient);
        Assert.Equal("Z0 X1", h.Terms[4].Operator.ToString());
        Assert.Equal(4, h.RequiredQubits);
        Assert.False(h.IsDiagonal);
    }

    [Theory]
    [InlineData("0.5*Q0")]
    [InlineData("Z0 + - X1")]
    [InlineData("Z0 +")]
    [InlineData("Zx")]
    public void Parse_refuses_malformed_text(string text)
    {
        Assert.Throws<FormatException>(() => PauliSum.Parse(text));
    }

    [Fact]
    public void A_qubit_named_twice_in_one_term_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PauliSum.Parse("Z0 X0"));
    }

    [Fact]
    public void Diagonal_of_an_Ising_sum_has_plus_minus_signs_by_bit()
    {
        var d = PauliSum.Parse("Z0 Z1 + 0.5*Z1").ToDiagonal(2);
        Assert.Equal([1.5, -0.5, -1.5, 0.5], d);
    }
}
