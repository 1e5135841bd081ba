using HackathonPlatform.Quantum.Circuits;
using HackathonPlatform.Quantum.Models;
using HackathonPlatform.Quantum.Optimizers;
using HackathonPlatform.Quantum.Simulation;
using HackathonPlatform.Quantum.Solvers;

namespace HackathonPlatform.Quantum.Variational;

/// <summary>
/// QAOA for a QUBO f (minimised). Sign conventions, chosen to match the fixed-angle table (<see cref="FixedAngles"/>):
/// the maximised objective is C = −f/s (for Max-Cut with unit weights, C = cut and s = 1); the state
/// starts in |+⟩ⁿ and layer k applies exp(−i γ_k C), i.e. amplitude j gets phase exp(+i γ_k f_j/s)
/// (<c>ApplyDiagonalPhase(f, −γ_k/s)</c>), then the mixer exp(−i β_k Σ X_q) = Π_q Rx(2β_k).
/// Parameters are laid out γ_1..γ_p, β_1..β_p. Flipping the sign of β (or of γ) turns the p = 1
/// cut fraction 1/2 + 1/(3√3) into 1/2 − 1/(3√3), which the tests pin down.
/// </summary>
public static class Qaoa
{
    /// <summary>Runs QAOA and reports the best measured bitstring and the probability of the optimum.</summary>
    /// <exception cref="ArgumentException">Invalid options (depth below 1, α outside (0, 1], mismatched parameters, no variables).</exception>
    /// <exception cref="InsufficientMemoryException">The state vectors would not fit; raised before allocating.</exception>
    public static SolverReport Solve(QuboModel model, QaoaOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new QaoaOptions();
        int n = model.VariableCount, p = options.Layers;
        Validate(n, options);
        MemoryBudget.EnsureFits(3 * MemoryBudget.StateVectorBytes(n) + MemoryBudget.DiagonalBytes(n), 1L << n, $"QAOA on {n} qubits");
        var cost = model.CostDiagonal();
        double scale = options.CostScale ?? DefaultCostScale(model);
        var circuit = BuildCircuit(cost, p, scale);
        double[] Start(int index, Random random)
        {
            if (index == 0)
            {
                return options.InitialParameters is { } given ? [.. given]
                    : options.FixedAngleStart ? FixedAngles.ThreeRegular(p)
                    : LinearRamp(p);
            }
            return [.. Enumerable.Range(0, 2 * p).Select(j => random.NextDouble() * (j < p ? Math.PI / 2 : Math.PI / 4))];
        }
        IOptimizer optimizer = !options.OptimizeAngles ? new EvaluateOnly()
            : options.Optimizer ?? new Adam(new AdamOptions { LearningRate = 0.05, MaxIterations = 100, Patience = 15 });
        var setup = new VariationalSetup(
            "qaoa", model, circuit, cost, options.Alpha,
            optimizer, options.OptimizeAngles ? options.Starts : 1, Start, options.Seed, options.Shots, options.ReferenceValue,
            $"QAOA p={p}, X mixer, cost scale {scale:G4}, CVaR alpha={options.Alpha}", options.Progress, options.TimeLimit);
        return VariationalRunner.Run(setup, cancellationToken);
    }

    /// <summary>The QAOA circuit on a cost diagonal f: parameters γ_1..γ_p, β_1..β_p, phases exp(+i γ f/scale).</summary>
    /// <exception cref="ArgumentException">p is below 1, the scale is not positive, or the diagonal is not 2ⁿ long.</exception>
    public static Circuit BuildCircuit(ReadOnlySpan<double> cost, int p, double scale = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 1);
        if (!(scale > 0) || !double.IsFinite(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The cost scale must be positive and finite.");
        }
        int n = System.Numerics.BitOperations.Log2((ulong)cost.Length);
        var circuit = new Circuit(n);
        for (int q = 0; q < n; q++)
        {
            circuit.H(q);
        }
        for (int layer = 0; layer < p; layer++)
        {
            // exp(−iγC) with C = −f/scale is exp(−i(−γ/scale) f): the phase gate's factor is −1/scale.
            circuit.DiagonalPhase(cost, layer, -1.0 / scale);
            for (int q = 0; q < n; q++)
            {
                circuit.Rx(q, p + layer, 2.0);
            }
        }
        return circuit;
    }

    /// <summary>The cost unit of the phase layer: mean |b_ij|/2 over couplings, else mean |a_i|, else 1.</summary>
    public static double DefaultCostScale(QuboModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var b = model.QuadraticTerms.Select(t => Math.Abs(t.Weight) / 2).ToList();
        var a = model.LinearCoefficients.Where(v => v != 0).Select(Math.Abs).ToList();
        return b.Count > 0 ? b.Average() : a.Count > 0 ? a.Average() : 1.0;
    }

    /// <summary>A linear ramp like a discretised anneal (Sack and Serbyn 2021): γ rises and β falls over the layers.</summary>
    public static double[] LinearRamp(int p, double step = 0.75)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 1);
        var angles = new double[2 * p];
        for (int k = 0; k < p; k++)
        {
            double t = (k + 0.5) / p;
            angles[k] = t * step;
            angles[p + k] = (1 - t) * step;
        }
        return angles;
    }

    private static void Validate(int n, QaoaOptions o)
    {
        if (n < 1 || n > StateVector.MaxQubits)
        {
            throw new ArgumentException($"QAOA needs 1 to {StateVector.MaxQubits} variables (one qubit each); the model has {n}.", nameof(n));
        }
        if (o.Layers < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(o), o.Layers, "The QAOA depth p must be at least 1.");
        }
        Cvar.CheckAlpha(o.Alpha);
        if (o.Starts < 1 || o.Shots < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(o), "Starts and shots must be at least 1.");
        }
        if (o.InitialParameters is { } a && (a.Count != 2 * o.Layers || a.Any(v => !double.IsFinite(v))))
        {
            throw new ArgumentException($"QAOA with p = {o.Layers} has {2 * o.Layers} angles (γ_1..γ_p, β_1..β_p); {a.Count} were given (all must be finite).", nameof(o));
        }
        if (o.FixedAngleStart && o.Layers > FixedAngles.MaxDepth)
        {
            throw new ArgumentOutOfRangeException(nameof(o), o.Layers, $"Fixed angles exist for p = 1 to {FixedAngles.MaxDepth}.");
        }
    }
}
