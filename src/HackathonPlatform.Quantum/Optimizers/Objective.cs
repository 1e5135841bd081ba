namespace HackathonPlatform.Quantum.Optimizers;

/// <summary>
/// A function to minimise over ℝᵈ, optionally with its gradient, counting how often it is called
/// (for variational methods each call is one or more circuit runs, the cost that matters).
/// </summary>
public sealed class Objective
{
    private readonly Func<double[], double> _value;
    private readonly Func<double[], double[], double>? _valueAndGradient;

    /// <summary>Creates an objective of <paramref name="dimension"/> parameters.</summary>
    /// <param name="dimension">Number of parameters (≥ 1).</param>
    /// <param name="value">f(x).</param>
    /// <param name="valueAndGradient">Optional: writes ∇f(x) into its second argument and returns f(x).</param>
    public Objective(int dimension, Func<double[], double> value, Func<double[], double[], double>? valueAndGradient = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentNullException.ThrowIfNull(value);
        Dimension = dimension;
        _value = value;
        _valueAndGradient = valueAndGradient;
    }

    /// <summary>Number of parameters.</summary>
    public int Dimension { get; }

    /// <summary>Whether <see cref="ValueAndGradient"/> is available.</summary>
    public bool HasGradient => _valueAndGradient is not null;

    /// <summary>Calls of <see cref="Value"/> so far.</summary>
    public long ValueEvaluations { get; private set; }

    /// <summary>Calls of <see cref="ValueAndGradient"/> so far.</summary>
    public long GradientEvaluations { get; private set; }

    /// <summary>f(x).</summary>
    /// <exception cref="ArgumentException">x has the wrong length.</exception>
    public double Value(double[] x)
    {
        Check(x);
        ValueEvaluations++;
        return _value(x);
    }

    /// <summary>Writes ∇f(x) into <paramref name="gradient"/> and returns f(x).</summary>
    /// <exception cref="InvalidOperationException">The objective has no gradient.</exception>
    public double ValueAndGradient(double[] x, double[] gradient)
    {
        Check(x);
        ArgumentNullException.ThrowIfNull(gradient);
        if (_valueAndGradient is null)
        {
            throw new InvalidOperationException("This objective has no gradient.");
        }
        if (gradient.Length != Dimension)
        {
            throw new ArgumentException($"The gradient buffer has {gradient.Length} entries, expected {Dimension}.", nameof(gradient));
        }
        GradientEvaluations++;
        return _valueAndGradient(x, gradient);
    }

    /// <summary>Throws unless <paramref name="x"/> has <see cref="Dimension"/> finite entries.</summary>
    public void Check(IReadOnlyList<double> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Count != Dimension)
        {
            throw new ArgumentException($"Expected {Dimension} parameters, got {x.Count}.", nameof(x));
        }
        if (x.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Parameters must be finite.", nameof(x));
        }
    }
}
