using System.Diagnostics;
using HackathonPlatform.Quantum.Models;

namespace HackathonPlatform.Quantum.Solvers;

/// <summary>
/// The classical baseline: multistart single-flip tabu search (Glover, Kochenberger and Alidaee 1998;
/// Beasley 1998) with aspiration, randomised tenure and restarts that alternate between random points
/// and perturbations of the best solution. Deterministic for a given seed.
/// </summary>
public static class TabuSearch
{
    /// <summary>Searches for a minimiser of f; the result is not proven optimal.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Restarts or the stall limit are not positive.</exception>
    public static SolverReport Solve(QuboModel model, TabuSearchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new TabuSearchOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Restarts, 1, nameof(options));
        int n = model.VariableCount;
        int stallLimit = options.StallLimit ?? Math.Max(500, 25 * n);
        ArgumentOutOfRangeException.ThrowIfLessThan(stallLimit, 1, nameof(options));
        var clock = Stopwatch.StartNew();
        var random = new Random(options.Seed);
        var walk = new TabuWalk(model, random);
        double best = double.PositiveInfinity;
        bool[] bestY = new bool[n];
        var trace = new List<double>();
        for (int r = 0; r < options.Restarts; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            walk.Reset(r == 0 || random.Next(2) == 0 ? RandomStart(n, random) : Perturb(bestY, random));
            var (value, y) = walk.Run(stallLimit, best);
            if (value < best)
            {
                (best, bestY) = (value, y);
            }
            trace.Add(best);
            options.Progress?.Report(new SolverProgress((r + 1.0) / options.Restarts, best));
            if (best <= options.TargetValue || clock.Elapsed > options.TimeLimit)
            {
                break;
            }
        }
        if (n == 0)
        {
            best = model.Offset;
        }
        return new SolverReport
        {
            Method = "tabu",
            VariableCount = n,
            BestValue = best,
            BestBitstring = Bitstrings.Format(bestY),
            Feasible = model.Constraints.Count > 0 ? model.IsFeasible(bestY) : null,
            Evaluations = walk.Moves,
            Optimizer = $"tabu search ({trace.Count} restarts, stall limit {stallLimit})",
            Seed = options.Seed,
            WallSeconds = clock.Elapsed.TotalSeconds,
            Trace = trace,
        };
    }

    private static bool[] RandomStart(int n, Random random)
    {
        var y = new bool[n];
        for (int i = 0; i < n; i++)
        {
            y[i] = random.Next(2) == 1;
        }
        return y;
    }

    private static bool[] Perturb(bool[] best, Random random)
    {
        // Flipping a tenth to a quarter of the bits leaves the basin of the best walk but keeps its structure.
        var y = (bool[])best.Clone();
        int flips = random.Next((y.Length / 10) + 1, (y.Length / 4) + 2);
        for (int f = 0; f < flips && y.Length > 0; f++)
        {
            int i = random.Next(y.Length);
            y[i] = !y[i];
        }
        return y;
    }
}
