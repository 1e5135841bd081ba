using System.Diagnostics;
using HackathonPlatform.Quantum.Models;
using HackathonPlatform.Quantum.Optimizers;
using HackathonPlatform.Quantum.Solvers;

namespace HackathonPlatform.Quantum.Variational;

/// <summary>
/// The loop shared by VQE and QAOA: seeded multi-start optimisation of the circuit's objective within an
/// optional time limit, sampling each evaluated state (<see cref="MeasurementTracker"/>); then the final
/// state at the best parameters is sampled too, and the report gives the best measured bitstring with the
/// exact probability of the optimum in that final state.
/// </summary>
internal static class VariationalRunner
{
    public static SolverReport Run(VariationalSetup s, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(s.Seed);
        var tracker = new MeasurementTracker(s.Cost, s.Shots, new Random(random.Next()));
        var objectiveCore = new DiagonalObjective(s.Circuit, s.Cost, s.Alpha, tracker);
        var inner = objectiveCore.ToObjective();
        var progress = new RunProgress(s, clock);
        var objective = new Objective(
            inner.Dimension,
            x => progress.Record(x, inner.Value(x)),
            (x, g) => progress.Record(x, inner.ValueAndGradient(x, g)));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (s.TimeLimit is { } limit)
        {
            deadline.CancelAfter(limit);
        }
        int starts = 0;
        try
        {
            for (; starts < s.Starts; starts++)
            {
                progress.Start = starts;
                var point = s.StartPoint(starts, random);
                s.Optimizer.Minimize(objective, point, random.Next(), deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && progress.BestPoint is not null)
        {
            // The time limit ended the run: keep what was found, as a device run would.
            starts++;
        }
        var report = Measure(s, progress.BestPoint!, tracker, new Random(random.Next()));
        return report with
        {
            Evaluations = objectiveCore.CircuitRuns + 1,
            Optimizer = $"{s.Optimizer.Description} x {starts} start(s)",
            Trace = progress.Trace,
            ObjectiveValue = progress.BestValue,
            WallSeconds = clock.Elapsed.TotalSeconds,
        };
    }

    private static SolverReport Measure(VariationalSetup s, double[] parameters, MeasurementTracker tracker, Random random)
    {
        var state = s.Circuit.Run(parameters);
        var probabilities = state.Probabilities();
        double optimum = s.Cost.Min();
        double tolerance = 1e-9 * Math.Max(1, Math.Abs(optimum));
        double pOptimum = 0;
        long optimalCount = 0, mostLikely = 0;
        for (long k = 0; k < s.Cost.Length; k++)
        {
            if (s.Cost[k] <= optimum + tolerance)
            {
                pOptimum += probabilities[k];
                optimalCount++;
            }
            mostLikely = probabilities[k] > probabilities[mostLikely] ? k : mostLikely;
        }
        tracker.Offer(mostLikely);
        foreach (long k in state.Sample(s.Shots, random))
        {
            tracker.Offer(k);
        }
        var assignment = Bitstrings.FromIndex(tracker.BestState, s.Model.VariableCount);
        var report = new SolverReport
        {
            Method = s.Method,
            VariableCount = s.Model.VariableCount,
            BestValue = s.Model.Evaluate(assignment),
            BestBitstring = Bitstrings.Format(assignment),
            ProbabilityOfOptimum = Math.Min(1, pOptimum),
            OptimalStateCount = optimalCount,
            Feasible = s.Model.Constraints.Count > 0 ? s.Model.IsFeasible(assignment) : null,
            Ansatz = s.Ansatz,
            Seed = s.Seed,
            Parameters = parameters,
        };
        return s.ReferenceValue is double r ? report.WithReference(r, "best-known") : report.WithReference(optimum, "exact");
    }
}
