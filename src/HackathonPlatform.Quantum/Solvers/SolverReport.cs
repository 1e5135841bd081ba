using HackathonPlatform.Quantum.Models;

namespace HackathonPlatform.Quantum.Solvers;

/// <summary>
/// The one result of every solver, so that exact, classical and variational runs compare directly.
/// Values are QUBO energies (minimise) unless <see cref="Sense"/> says otherwise (see <see cref="AsMaxCut"/>).
/// </summary>
public sealed record SolverReport
{
    /// <summary>"exact", "tabu", "vqe" or "qaoa".</summary>
    public required string Method { get; init; }

    /// <summary>Whether <see cref="BestValue"/> is minimised or maximised.</summary>
    public OptimizationSense Sense { get; init; } = OptimizationSense.Minimize;

    /// <summary>Number of binary variables (qubits for the variational methods).</summary>
    public required int VariableCount { get; init; }

    /// <summary>The value of <see cref="BestBitstring"/>.</summary>
    public required double BestValue { get; init; }

    /// <summary>The best assignment found, character q = variable q (see <see cref="Bitstrings"/>).</summary>
    public required string BestBitstring { get; init; }

    /// <summary>The exact optimum or a given best-known value the ratio is taken against; null if unknown.</summary>
    public double? ReferenceValue { get; init; }

    /// <summary>Where <see cref="ReferenceValue"/> comes from: "exact" or "best-known".</summary>
    public string? ReferenceSource { get; init; }

    /// <summary>Quality relative to <see cref="ReferenceValue"/>, 1 = optimal (see <see cref="Solvers.ApproximationRatio"/>).</summary>
    public double? ApproximationRatio { get; init; }

    /// <summary>Probability of measuring an optimal state in the final quantum state; null for classical methods.</summary>
    public double? ProbabilityOfOptimum { get; init; }

    /// <summary>Whether the best assignment satisfies the constraints encoded as penalties; null when there are none.</summary>
    public bool? Feasible { get; init; }

    /// <summary>Objective evaluations: states enumerated (exact), moves evaluated (tabu), circuit runs (variational).</summary>
    public long Evaluations { get; init; }

    /// <summary>The classical optimizer of a variational run, with its settings.</summary>
    public string? Optimizer { get; init; }

    /// <summary>The circuit family of a variational run, e.g. "hardware-efficient Ry + cx-ladder, 2 layers".</summary>
    public string? Ansatz { get; init; }

    /// <summary>The seed of all randomness in the run; null for deterministic methods.</summary>
    public int? Seed { get; init; }

    /// <summary>Wall-clock seconds of the solve.</summary>
    public double WallSeconds { get; init; }

    /// <summary>Best objective so far, in the report's sense: after each objective call (variational: the expectation or CVaR), each restart (tabu), or the final value (exact).</summary>
    public IReadOnlyList<double> Trace { get; init; } = [];

    /// <summary>
    /// The variational objective at the final parameters: expectation (or CVaR) of the cost, in the report's
    /// sense (after <see cref="AsMaxCut"/>: the expected cut weight); null for classical methods.
    /// </summary>
    public double? ObjectiveValue { get; init; }

    /// <summary>The optimised circuit parameters of a variational run; empty otherwise.</summary>
    public IReadOnlyList<double> Parameters { get; init; } = [];

    /// <summary>Number of optimal assignments, when the method enumerates them (exact, state-vector methods).</summary>
    public long? OptimalStateCount { get; init; }

    /// <summary>Returns a copy compared against <paramref name="reference"/> (same sense as the values).</summary>
    public SolverReport WithReference(double reference, string source) => this with
    {
        ReferenceValue = reference,
        ReferenceSource = source,
        ApproximationRatio = Solvers.ApproximationRatio.Compute(BestValue, reference, Sense),
    };

    /// <summary>
    /// Re-expresses a report of the Max-Cut QUBO (value = −cut) as cut weights to maximise:
    /// value, reference and trace are negated and the ratio recomputed.
    /// </summary>
    /// <exception cref="InvalidOperationException">The report is already in the maximise sense.</exception>
    public SolverReport AsMaxCut()
    {
        if (Sense == OptimizationSense.Maximize)
        {
            throw new InvalidOperationException("The report already counts cut weights.");
        }
        // "+ 0.0" turns a negated 0 into +0, so reports never print "-0".
        var cut = this with
        {
            Sense = OptimizationSense.Maximize,
            BestValue = -BestValue + 0.0,
            ReferenceValue = -ReferenceValue + 0.0,
            ObjectiveValue = -ObjectiveValue + 0.0,
            Trace = [.. Trace.Select(v => -v + 0.0)],
        };
        return cut.ReferenceValue is double r ? cut with { ApproximationRatio = Solvers.ApproximationRatio.Compute(cut.BestValue, r, cut.Sense) } : cut;
    }
}
