using System.Numerics;

namespace HackathonPlatform.Quantum.Models;

/// <summary>
/// The energy of every basis state. Instead of O(n) per state (even in Gray-code order) it doubles the
/// table one variable at a time: for states whose top set bit is k, E(m | 2ᵏ) = E(m) + a_k + F_k(m) with
/// F_k(m) = Σ_{j&lt;k, y_j=1} b_kj, and F_k(m) = F_k(m without its lowest bit) + b_k,lowest: O(1) per entry,
/// two reads and one write, which is what a memory-bound machine wants.
/// </summary>
internal static class CostDiagonal
{
    /// <summary>Above this a diagonal is 8 GiB or more; the exact methods stop at the same place.</summary>
    public const int MaxVariables = 30;

    public static double[] Compute(QuboModel model)
    {
        int n = model.VariableCount;
        if (n > MaxVariables)
        {
            throw new ArgumentException(
                $"A cost diagonal over {n} variables has 2^{n} entries; the limit is {MaxVariables} variables.", nameof(model));
        }
        long size = 1L << n;
        MemoryBudget.EnsureFits(MemoryBudget.DiagonalBytes(n), size, $"The cost diagonal of {n} variables");
        var diag = new double[size];
        diag[0] = model.Offset;
        var dense = model.Couplings.ToDense(n);
        var linear = model.Linear;
        for (int k = 0; k < n; k++)
        {
            int half = 1 << k;
            var row = dense.AsSpan(k * n, n);
            diag[half] = diag[0] + linear[k];
            for (int m = 1; m < half; m++)
            {
                int rest = m & (m - 1);
                int low = BitOperations.TrailingZeroCount(m);
                // E(m|2^k) - E(m) = a_k + F_k(m); F_k(rest) is recovered from the entries already written.
                double fieldRest = diag[rest | half] - diag[rest];
                diag[m | half] = diag[m] + fieldRest + row[low];
            }
        }
        return diag;
    }
}
