namespace HackathonPlatform.Quantum.Models;

/// <summary>
/// Accumulates the terms of a QUBO <c>f(y) = offset + Σ_i a_i y_i + Σ_{i&lt;j} b_ij y_i y_j</c>,
/// y ∈ {0,1}ⁿ, and builds an immutable <see cref="QuboModel"/>. Repeated terms add up.
/// Variables may be appended (e.g. slack bits of penalty encodings) with <see cref="AddVariable"/>.
/// </summary>
public sealed class QuboBuilder
{
    private readonly List<double> _linear;
    private readonly Dictionary<(int I, int J), double> _quadratic = [];
    private readonly List<LinearConstraint> _constraints = [];
    private double _offset;

    /// <summary>Starts an empty model over <paramref name="variableCount"/> binary variables.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public QuboBuilder(int variableCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(variableCount);
        _linear = [.. new double[variableCount]];
    }

    /// <summary>Current number of variables.</summary>
    public int VariableCount => _linear.Count;

    /// <summary>Appends one variable and returns its index.</summary>
    public int AddVariable()
    {
        _linear.Add(0.0);
        return _linear.Count - 1;
    }

    /// <summary>Adds <paramref name="weight"/>·y_i.</summary>
    public QuboBuilder AddLinear(int i, double weight)
    {
        CheckIndex(i, nameof(i));
        CheckFinite(weight);
        _linear[i] += weight;
        return this;
    }

    /// <summary>Adds <paramref name="weight"/>·y_i·y_j; with i = j this is a linear term because y² = y.</summary>
    public QuboBuilder AddQuadratic(int i, int j, double weight)
    {
        CheckIndex(i, nameof(i));
        CheckIndex(j, nameof(j));
        CheckFinite(weight);
        if (i == j)
        {
            _linear[i] += weight;
            return this;
        }
        var key = i < j ? (i, j) : (j, i);
        _quadratic[key] = _quadratic.GetValueOrDefault(key) + weight;
        return this;
    }

    /// <summary>Adds a constant to every energy.</summary>
    public QuboBuilder AddOffset(double value)
    {
        CheckFinite(value);
        _offset += value;
        return this;
    }

    /// <summary>
    /// Records a constraint whose penalty has been added to the terms, so that solutions can be checked
    /// for feasibility later (<see cref="QuboModel.IsFeasible"/>). Use <see cref="PenaltyEncoding"/> to do both.
    /// </summary>
    public QuboBuilder AddConstraint(LinearConstraint constraint)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        foreach (var v in constraint.Variables)
        {
            CheckIndex(v, nameof(constraint));
        }
        _constraints.Add(constraint);
        return this;
    }

    /// <summary>Builds the immutable model; exact-zero couplings are dropped.</summary>
    public QuboModel Build() =>
        new([.. _linear], SymmetricCouplings.Build(_linear.Count, _quadratic), _offset, [.. _constraints]);

    private void CheckIndex(int i, string name)
    {
        if ((uint)i >= (uint)_linear.Count)
        {
            throw new ArgumentOutOfRangeException(name, i, $"Variable index must be in [0, {_linear.Count}).");
        }
    }

    private static void CheckFinite(double w)
    {
        if (!double.IsFinite(w))
        {
            throw new ArgumentException($"Coefficients must be finite, got {w}.", nameof(w));
        }
    }
}
