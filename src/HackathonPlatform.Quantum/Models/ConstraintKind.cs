namespace HackathonPlatform.Quantum.Models;

/// <summary>The relation of a <see cref="LinearConstraint"/>.</summary>
public enum ConstraintKind
{
    /// <summary>Σ c_i y_i = rhs.</summary>
    Equal,

    /// <summary>Σ c_i y_i ≤ rhs.</summary>
    LessOrEqual,
}
