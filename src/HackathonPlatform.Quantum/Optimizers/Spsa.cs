namespace HackathonPlatform.Quantum.Optimizers;

/// <summary>
/// Simultaneous perturbation stochastic approximation (Spall 1992): a gradient estimate from two calls
/// per iteration, whatever the dimension, and robust to shot noise. Returns the final iterate, evaluated.
/// </summary>
public sealed class Spsa : IOptimizer
{
    private readonly SpsaOptions _o;

    /// <summary>Creates the optimizer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is not positive.</exception>
    public Spsa(SpsaOptions? options = null)
    {
        _o = options ?? new SpsaOptions();
        if (_o.MaxIterations < 1 || !(_o.FirstStep > 0) || !(_o.Perturbation > 0) || _o.CalibrationSamples < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "SPSA needs positive iterations, first step, perturbation and calibration samples.");
        }
    }

    /// <inheritdoc/>
    public string Description => $"SPSA({_o.MaxIterations} iterations, c={_o.Perturbation})";

    /// <inheritdoc/>
    public int MaxIterations => _o.MaxIterations;

    /// <inheritdoc/>
    public double CallsPerIteration => 2;

    /// <inheritdoc/>
    public bool NeedsGradient => false;

    /// <inheritdoc/>
    public OptimizationResult Minimize(Objective objective, IReadOnlyList<double> start, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        objective.Check(start);
        var random = new Random(seed);
        int d = objective.Dimension;
        double[] x = [.. start], delta = new double[d];
        double stability = 0.1 * _o.MaxIterations;
        long calls = 0;

        // Calibrate a (as Qiskit does): the mean |ĝ| at the start sets the first step's size.
        double magnitude = 0;
        for (int s = 0; s < _o.CalibrationSamples; s++)
        {
            magnitude += Math.Abs(Difference(objective, x, delta, _o.Perturbation, random)) / (2 * _o.Perturbation);
            calls += 2;
        }
        magnitude /= _o.CalibrationSamples;
        double a = magnitude > 0 ? _o.FirstStep * Math.Pow(stability + 1, _o.Alpha) / magnitude : _o.FirstStep;

        var trace = new List<double>();
        double best = double.PositiveInfinity;
        for (int k = 0; k < _o.MaxIterations; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double ak = a / Math.Pow(k + 1 + stability, _o.Alpha);
            double ck = _o.Perturbation / Math.Pow(k + 1, _o.Gamma);
            double diff = Difference(objective, x, delta, ck, random, out double mean);
            calls += 2;
            best = Math.Min(best, mean);
            trace.Add(best);
            for (int i = 0; i < d; i++)
            {
                // ĝ_i = (f(x+cΔ) − f(x−cΔ)) / (2c Δ_i), and 1/Δ_i = Δ_i for Δ_i = ±1.
                x[i] -= ak * diff / (2 * ck) * delta[i];
            }
        }
        double value = objective.Value(x);
        trace.Add(Math.Min(best, value));
        return new OptimizationResult(x, value, _o.MaxIterations, calls + 1, trace, "iteration limit");
    }

    private static double Difference(Objective f, double[] x, double[] delta, double c, Random random) =>
        Difference(f, x, delta, c, random, out _);

    private static double Difference(Objective f, double[] x, double[] delta, double c, Random random, out double mean)
    {
        var plus = new double[x.Length];
        var minus = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            delta[i] = random.Next(2) == 0 ? -1.0 : 1.0;
            plus[i] = x[i] + (c * delta[i]);
            minus[i] = x[i] - (c * delta[i]);
        }
        double fp = f.Value(plus), fm = f.Value(minus);
        mean = (fp + fm) / 2;
        return fp - fm;
    }
}
