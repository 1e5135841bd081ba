using HackathonPlatform.Quantum.Models;

namespace HackathonPlatform.Quantum.Tests.Models;

public class QuboIsingConversionTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Qubo_to_ising_keeps_the_energy_of_every_bitstring(int seed)
    {
        var qubo = RandomModels.Qubo(7, seed);
        var ising = qubo.ToIsing();
        foreach (var y in RandomModels.AllAssignments(7))
        {
            Assert.Equal(qubo.Evaluate(y), ising.EnergyOfBits(y), 9);
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Qubo_to_ising_and_back_gives_the_same_energies_and_coefficients(int seed)
    {
        var qubo = RandomModels.Qubo(6, seed);
        var back = qubo.ToIsing().ToQubo();
        foreach (var y in RandomModels.AllAssignments(6))
        {
            Assert.Equal(qubo.Evaluate(y), back.Evaluate(y), 9);
        }
        for (int i = 0; i < 6; i++)
        {
            Assert.Equal(qubo.LinearCoefficients[i], back.LinearCoefficients[i], 9);
            for (int j = 0; j < 6; j++)
            {
                Assert.Equal(qubo.GetCoupling(i, j), back.GetCoupling(i, j), 9);
            }
        }
    }

    [Fact]
    public void Ising_to_qubo_keeps_the_energy_of_every_spin_configuration()
    {
        var ising = new IsingModel([0.5, -1.25, 2], [new QuadraticTerm(0, 1, 1.5), new QuadraticTerm(1, 2, -0.75), new QuadraticTerm(0, 2, 0.3)], 0.1);
        var qubo = ising.ToQubo();
        foreach (var y in RandomModels.AllAssignments(3))
        {
            Assert.Equal(ising.EnergyOfBits(y), qubo.Evaluate(y), 12);
        }
    }

    [Fact]
    public void Bit_one_is_spin_minus_one_so_y_equals_one_minus_s_over_two()
    {
        // E(s) = s_0: the QUBO must be 1 − 2y_0, i.e. 1 at y=0 (s=+1) and −1 at y=1 (s=−1).
        var qubo = new IsingModel([1.0], []).ToQubo();
        Assert.Equal(1.0, qubo.Evaluate([false]));
        Assert.Equal(-1.0, qubo.Evaluate([true]));
        Assert.Equal(-1, IsingModel.SpinOf(true));
        Assert.Equal(1, IsingModel.SpinOf(false));
    }

    [Fact]
    public void A_matrix_counts_both_off_diagonal_entries()
    {
        var qubo = QuboModel.FromMatrix(new double[,] { { 1, 2 }, { 3, -4 } }, offset: 0.5);
        Assert.Equal(5.0, qubo.GetCoupling(0, 1));
        Assert.Equal(0.5 + 1 - 4 + 5, qubo.Evaluate([true, true]));
    }

    [Fact]
    public void Spins_other_than_plus_or_minus_one_are_rejected()
    {
        var ising = new IsingModel([1.0, 1.0], []);
        var ex = Assert.Throws<ArgumentException>(() => ising.Energy([1, 0]));
        Assert.Contains("expected +1 or -1", ex.Message, StringComparison.Ordinal);
    }
}
