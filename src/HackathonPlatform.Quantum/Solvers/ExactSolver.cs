using System.Diagnostics;
using System.Numerics;
using HackathonPlatform.Quantum.Models;

namespace HackathonPlatform.Quantum.Solvers;

/// <summary>
/// Brute force over all 2ⁿ assignments in Gray-code order: consecutive states differ in one bit j, so
/// the energy changes by ±g_j where g_j = a_j + Σ_i b_ij y_i is the local field, and after the flip all
/// fields move by ±row j of the coupling matrix: O(n) per state, vectorised, no memory beyond n².
/// Up to <see cref="MaxVariables"/> variables (2³⁰ ≈ 10⁹ states take tens of seconds here).
/// </summary>
public static class ExactSolver
{
    /// <summary>The largest problem accepted; one more variable doubles the time.</summary>
    public const int MaxVariables = 30;

    /// <summary>Finds a minimiser of f, the optimum and how many assignments attain it.</summary>
    /// <exception cref="ArgumentException">More than <see cref="MaxVariables"/> variables (the message says why).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static SolverReport Solve(QuboModel model, IProgress<SolverProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        int n = model.VariableCount;
        if (n > MaxVariables)
        {
            throw new ArgumentException(
                $"Exact enumeration of {n} variables means 2^{n} ≈ {Math.Pow(2, n):0.#e+0} states; the limit is {MaxVariables} " +
                "variables (each extra one doubles the time). Use the classical (tabu) method instead.", nameof(model));
        }
        var clock = Stopwatch.StartNew();
        var dense = model.Couplings.ToDense(n);
        var fields = model.Linear.ToArray();
        double energy = model.Offset, best = energy;
        long state = 0, bestState = 0, optimalCount = 1, total = 1L << n;
        const long ReportEvery = 1L << 22;
        for (long k = 1; k < total; k++)
        {
            int j = BitOperations.TrailingZeroCount(k);
            bool wasSet = ((state >> j) & 1) != 0;
            energy += wasSet ? -fields[j] : fields[j];
            state ^= 1L << j;
            AddRow(fields, dense.AsSpan(j * n, n), wasSet ? -1.0 : 1.0);
            double tolerance = 1e-9 * Math.Max(1.0, Math.Abs(best));
            if (energy < best - tolerance)
            {
                (best, bestState, optimalCount) = (energy, state, 1);
            }
            else if (energy <= best + tolerance)
            {
                optimalCount++;
            }
            if ((k & (ReportEvery - 1)) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new SolverProgress((double)k / total, best));
            }
        }
        var assignment = Bitstrings.FromIndex(bestState, n);
        // Re-evaluate directly so the reported value carries no drift from the incremental sums.
        double value = model.Evaluate(assignment);
        progress?.Report(new SolverProgress(1.0, value));
        return new SolverReport
        {
            Method = "exact",
            VariableCount = n,
            BestValue = value,
            BestBitstring = Bitstrings.Format(assignment),
            Feasible = model.Constraints.Count > 0 ? model.IsFeasible(assignment) : null,
            Evaluations = total,
            OptimalStateCount = optimalCount,
            WallSeconds = clock.Elapsed.TotalSeconds,
            Trace = [value],
        }.WithReference(value, "exact");
    }

    private static void AddRow(double[] fields, ReadOnlySpan<double> row, double sign)
    {
        var f = fields.AsSpan();
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var s = new Vector<double>(sign);
            for (; i <= f.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                (new Vector<double>(f[i..]) + (s * new Vector<double>(row[i..]))).CopyTo(f[i..]);
            }
        }
        for (; i < f.Length; i++)
        {
            f[i] += sign * row[i];
        }
    }
}
