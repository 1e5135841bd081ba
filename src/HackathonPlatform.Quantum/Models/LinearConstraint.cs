namespace HackathonPlatform.Quantum.Models;

/// <summary>
/// A linear constraint Σ c_i y_i (= or ≤) rhs over binary variables, kept next to its penalty encoding
/// so that a solver's answer can be checked for feasibility (penalties alone may be too weak).
/// </summary>
public sealed class LinearConstraint
{
    /// <summary>Tolerance of the feasibility check, for coefficients that are not integers.</summary>
    public const double Tolerance = 1e-9;

    private readonly int[] _variables;
    private readonly double[] _coefficients;

    /// <summary>Creates a constraint.</summary>
    /// <exception cref="ArgumentException">Lengths differ, a variable repeats or a number is not finite.</exception>
    public LinearConstraint(string name, IReadOnlyList<int> variables, IReadOnlyList<double> coefficients, ConstraintKind kind, double rightHandSide)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(coefficients);
        if (variables.Count != coefficients.Count)
        {
            throw new ArgumentException($"{variables.Count} variables but {coefficients.Count} coefficients.", nameof(coefficients));
        }
        if (variables.Distinct().Count() != variables.Count)
        {
            throw new ArgumentException("A variable appears twice in one constraint.", nameof(variables));
        }
        if (variables.Any(v => v < 0))
        {
            throw new ArgumentException("Variable indices must be non-negative.", nameof(variables));
        }
        if (coefficients.Any(c => !double.IsFinite(c)) || !double.IsFinite(rightHandSide))
        {
            throw new ArgumentException("Coefficients and right-hand side must be finite.", nameof(coefficients));
        }
        Name = name;
        _variables = [.. variables];
        _coefficients = [.. coefficients];
        Kind = kind;
        RightHandSide = rightHandSide;
    }

    /// <summary>A label for reports, e.g. "one-hot(0,1,2)".</summary>
    public string Name { get; }

    /// <summary>The variables in the sum.</summary>
    public IReadOnlyList<int> Variables => _variables;

    /// <summary>Their coefficients.</summary>
    public IReadOnlyList<double> Coefficients => _coefficients;

    /// <summary>= or ≤.</summary>
    public ConstraintKind Kind { get; }

    /// <summary>The right-hand side.</summary>
    public double RightHandSide { get; }

    /// <summary>Σ c_i y_i for an assignment of the whole model.</summary>
    public double LeftHandSide(ReadOnlySpan<bool> assignment)
    {
        double sum = 0;
        for (int k = 0; k < _variables.Length; k++)
        {
            if (_variables[k] >= assignment.Length)
            {
                throw new ArgumentException($"The assignment has no variable {_variables[k]}.", nameof(assignment));
            }
            if (assignment[_variables[k]])
            {
                sum += _coefficients[k];
            }
        }
        return sum;
    }

    /// <summary>Whether the constraint holds (within <see cref="Tolerance"/>).</summary>
    public bool IsSatisfied(ReadOnlySpan<bool> assignment)
    {
        double lhs = LeftHandSide(assignment);
        return Kind == ConstraintKind.Equal
            ? Math.Abs(lhs - RightHandSide) <= Tolerance
            : lhs <= RightHandSide + Tolerance;
    }
}
