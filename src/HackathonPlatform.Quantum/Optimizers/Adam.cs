namespace HackathonPlatform.Quantum.Optimizers;

/// <summary>Adam: gradient descent with bias-corrected moment estimates; returns the best point visited.</summary>
public sealed class Adam : IOptimizer
{
    private readonly AdamOptions _o;

    /// <summary>Creates the optimizer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is outside its valid range.</exception>
    public Adam(AdamOptions? options = null)
    {
        _o = options ?? new AdamOptions();
        if (!(_o.LearningRate > 0) || _o.Patience < 1 || _o.Beta1 is < 0 or >= 1 || _o.Beta2 is < 0 or >= 1 || !(_o.Epsilon > 0) || _o.MaxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Adam needs learning rate > 0, betas in [0,1), epsilon > 0, at least one iteration and a patience of at least 1.");
        }
    }

    /// <inheritdoc/>
    public string Description => $"Adam(lr={_o.LearningRate}, {_o.MaxIterations} iterations)";

    /// <inheritdoc/>
    public int MaxIterations => _o.MaxIterations;

    /// <inheritdoc/>
    public double CallsPerIteration => 1;

    /// <inheritdoc/>
    public bool NeedsGradient => true;

    /// <inheritdoc/>
    public OptimizationResult Minimize(Objective objective, IReadOnlyList<double> start, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        objective.Check(start);
        if (!objective.HasGradient)
        {
            throw new ArgumentException("Adam needs gradients; give the objective a gradient or use SPSA or Nelder–Mead.", nameof(objective));
        }
        int d = objective.Dimension;
        double[] x = [.. start], g = new double[d], m = new double[d], v = new double[d];
        double[] bestX = [.. x];
        double best = double.PositiveInfinity;
        var trace = new List<double>();
        string reason = "iteration limit";
        int lastImprovement = 0;
        for (int t = 1; t <= _o.MaxIterations; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double f = objective.ValueAndGradient(x, g);
            if (double.IsPositiveInfinity(best) || f < best - (1e-9 * Math.Abs(best)))
            {
                lastImprovement = t;
            }
            if (f < best)
            {
                (best, bestX) = (f, [.. x]);
            }
            trace.Add(best);
            if (Math.Sqrt(g.Sum(gi => gi * gi)) < _o.GradientTolerance)
            {
                reason = "gradient below tolerance";
                break;
            }
            if (t - lastImprovement >= _o.Patience)
            {
                reason = $"no improvement in {_o.Patience} iterations";
                break;
            }
            double c1 = 1 - Math.Pow(_o.Beta1, t), c2 = 1 - Math.Pow(_o.Beta2, t);
            for (int i = 0; i < d; i++)
            {
                m[i] = (_o.Beta1 * m[i]) + ((1 - _o.Beta1) * g[i]);
                v[i] = (_o.Beta2 * v[i]) + ((1 - _o.Beta2) * g[i] * g[i]);
                x[i] -= _o.LearningRate * (m[i] / c1) / (Math.Sqrt(v[i] / c2) + _o.Epsilon);
            }
        }
        return new OptimizationResult(bestX, best, trace.Count, trace.Count, trace, reason);
    }
}
