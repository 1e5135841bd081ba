namespace HackathonPlatform.Quantum.Optimizers;

/// <summary>
/// Derivative-free Nelder–Mead simplex search with the dimension-adaptive coefficients of Gao and Han
/// (2012), which keep it from stalling on the tens of angles of a variational circuit. Deterministic:
/// the seed is accepted for the common interface and not used.
/// </summary>
public sealed class NelderMead : IOptimizer
{
    private readonly NelderMeadOptions _o;

    /// <summary>Creates the optimizer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is not positive.</exception>
    public NelderMead(NelderMeadOptions? options = null)
    {
        _o = options ?? new NelderMeadOptions();
        if (_o.MaxIterations < 1 || !(_o.InitialStep > 0) || _o.FunctionTolerance < 0 || _o.PointTolerance < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Nelder–Mead needs positive iterations and initial step, and non-negative tolerances.");
        }
    }

    /// <inheritdoc/>
    public string Description => $"Nelder-Mead(step={_o.InitialStep}, {_o.MaxIterations} iterations)";

    /// <inheritdoc/>
    public int MaxIterations => _o.MaxIterations;

    /// <inheritdoc/>
    public double CallsPerIteration => 1.5;

    /// <inheritdoc/>
    public bool NeedsGradient => false;

    /// <inheritdoc/>
    public OptimizationResult Minimize(Objective objective, IReadOnlyList<double> start, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        objective.Check(start);
        int d = objective.Dimension;
        double expand = 1 + (2.0 / d), contract = 0.75 - (1.0 / (2 * d)), shrink = 1 - (1.0 / d);
        var simplex = new double[d + 1][];
        var values = new double[d + 1];
        long calls = 0;
        double Eval(double[] p)
        {
            calls++;
            return objective.Value(p);
        }
        for (int v = 0; v <= d; v++)
        {
            simplex[v] = [.. start];
            if (v > 0)
            {
                simplex[v][v - 1] += _o.InitialStep;
            }
            values[v] = Eval(simplex[v]);
        }
        var trace = new List<double>();
        string reason = "iteration limit";
        int iter = 0;
        for (; iter < _o.MaxIterations; iter++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Sort(values, simplex);
            trace.Add(values[0]);
            if (Converged(simplex, values))
            {
                reason = "simplex converged";
                break;
            }
            var centroid = new double[d];
            for (int v = 0; v < d; v++)
            {
                for (int i = 0; i < d; i++)
                {
                    centroid[i] += simplex[v][i] / d;
                }
            }
            double[] Along(double t) => [.. centroid.Select((c, i) => c + (t * (simplex[d][i] - c)))];
            var reflected = Along(-1);
            double fr = Eval(reflected);
            if (fr < values[0])
            {
                var expanded = Along(-expand);
                double fe = Eval(expanded);
                (simplex[d], values[d]) = fe < fr ? (expanded, fe) : (reflected, fr);
            }
            else if (fr < values[d - 1])
            {
                (simplex[d], values[d]) = (reflected, fr);
            }
            else
            {
                bool outside = fr < values[d];
                var contracted = Along(outside ? -contract : contract);
                double fc = Eval(contracted);
                if (fc < Math.Min(fr, values[d]))
                {
                    (simplex[d], values[d]) = (contracted, fc);
                }
                else
                {
                    for (int v = 1; v <= d; v++)
                    {
                        simplex[v] = [.. simplex[0].Select((b, i) => b + (shrink * (simplex[v][i] - b)))];
                        values[v] = Eval(simplex[v]);
                    }
                }
            }
        }
        Array.Sort(values, simplex);
        return new OptimizationResult(simplex[0], values[0], iter, calls, trace, reason);
    }

    private bool Converged(double[][] simplex, double[] values)
    {
        if (values[^1] - values[0] > _o.FunctionTolerance)
        {
            return false;
        }
        return simplex.All(p => p.Select((x, i) => Math.Abs(x - simplex[0][i])).Max() <= _o.PointTolerance);
    }
}
