namespace HackathonPlatform.Quantum.Variational;

/// <summary>
/// Conditional value at risk of a measured cost (Barkoutsos et al. 2020): the mean of the lowest
/// α fraction of the probability mass, with the boundary state counted fractionally. α = 1 is the plain
/// expectation; small α rewards states that put some weight on very good solutions.
/// </summary>
public static class Cvar
{
    /// <summary>CVaR_α of the distribution <paramref name="probabilities"/> over <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentException">Lengths differ, or α is outside (0, 1].</exception>
    public static double Compute(ReadOnlySpan<double> probabilities, ReadOnlySpan<double> values, double alpha)
    {
        if (probabilities.Length != values.Length)
        {
            throw new ArgumentException($"{probabilities.Length} probabilities but {values.Length} values.", nameof(values));
        }
        var order = new int[values.Length];
        for (int k = 0; k < order.Length; k++)
        {
            order[k] = k;
        }
        Array.Sort(values.ToArray(), order);
        return Compute(probabilities, values, order, alpha).Value;
    }

    /// <summary>Throws unless 0 &lt; α ≤ 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">α is outside (0, 1] or NaN.</exception>
    public static void CheckAlpha(double alpha)
    {
        if (!(alpha > 0 && alpha <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "CVaR alpha must be in (0, 1]: the fraction of best outcomes averaged (1 = plain expectation).");
        }
    }

    /// <summary>
    /// CVaR and the value at risk (the α-quantile, the boundary value) with the states already sorted by
    /// value; the quantile is what the gradient needs (see <see cref="DiagonalObjective"/>).
    /// </summary>
    internal static (double Value, double ValueAtRisk) Compute(ReadOnlySpan<double> probabilities, ReadOnlySpan<double> values, int[] ascending, double alpha)
    {
        CheckAlpha(alpha);
        double mass = 0, sum = 0;
        double total = 0;
        foreach (var p in probabilities)
        {
            total += p;
        }
        // Normalising by the total keeps rounding drift of the state's norm out of the tail's size.
        double target = alpha * total;
        foreach (int k in ascending)
        {
            double p = probabilities[k];
            if (mass + p >= target)
            {
                sum += (target - mass) * values[k];
                return (sum / target, values[k]);
            }
            mass += p;
            sum += p * values[k];
        }
        int last = ascending[^1];
        return (sum / Math.Max(mass, double.Epsilon), values[last]);
    }
}
