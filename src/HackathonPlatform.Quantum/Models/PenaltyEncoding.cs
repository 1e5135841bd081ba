namespace HackathonPlatform.Quantum.Models;

/// <summary>
/// Quadratic penalties for linear constraints, added to a <see cref="QuboBuilder"/> together with the
/// constraint itself (for <see cref="QuboModel.IsFeasible"/>). A penalty P·(Σ c_i y_i − rhs)² is zero
/// exactly on feasible assignments; P must exceed what violating the constraint could gain.
/// </summary>
public static class PenaltyEncoding
{
    /// <summary>
    /// A penalty weight that makes every violation of an integer-coefficient constraint cost more than
    /// the whole range of the objective built so far: 1 + Σ|a_i| + Σ|b_ij|.
    /// </summary>
    public static double SafePenalty(QuboModel objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        return 1 + objective.LinearCoefficients.Sum(Math.Abs) + objective.QuadraticTerms.Sum(t => Math.Abs(t.Weight));
    }

    /// <summary>Adds P·(Σ c_i y_i − rhs)² and records Σ c_i y_i = rhs.</summary>
    public static LinearConstraint AddEquality(QuboBuilder builder, IReadOnlyList<int> variables, IReadOnlyList<double> coefficients, double rightHandSide, double penalty, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var c = new LinearConstraint(name ?? $"equality({string.Join(',', variables)})", variables, coefficients, ConstraintKind.Equal, rightHandSide);
        AddSquaredPenalty(builder, c.Variables, c.Coefficients, rightHandSide, penalty);
        builder.AddConstraint(c);
        return c;
    }

    /// <summary>Exactly one of <paramref name="variables"/> is 1: P·(Σ y_i − 1)².</summary>
    public static LinearConstraint AddOneHot(QuboBuilder builder, IReadOnlyList<int> variables, double penalty)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return AddEquality(builder, variables, [.. Enumerable.Repeat(1.0, variables.Count)], 1.0, penalty, $"one-hot({string.Join(',', variables)})");
    }

    /// <summary>
    /// Σ w_i y_i ≤ capacity with non-negative integer weights: appends slack bits s_k whose weights
    /// 1, 2, 4, …, and a last one chosen so they sum to exactly the capacity, then penalises
    /// P·(Σ w_i y_i + Σ v_k s_k − capacity)². Every feasible y has a slack making the penalty zero and
    /// no infeasible y does. Feasibility is recorded on the original variables only.
    /// </summary>
    public static KnapsackEncoding AddKnapsack(QuboBuilder builder, IReadOnlyList<int> variables, IReadOnlyList<int> weights, int capacity, double penalty)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        if (weights.Any(w => w < 0))
        {
            throw new ArgumentException("Knapsack weights must be non-negative integers.", nameof(weights));
        }
        var constraint = new LinearConstraint($"knapsack({string.Join(',', variables)})≤{capacity}", variables, [.. weights.Select(w => (double)w)], ConstraintKind.LessOrEqual, capacity);
        var slack = new List<int>();
        var slackWeights = new List<double>();
        long covered = 0;
        for (long v = 1; covered < capacity; v *= 2)
        {
            long value = Math.Min(v, capacity - covered);
            slack.Add(builder.AddVariable());
            slackWeights.Add(value);
            covered += value;
        }
        AddSquaredPenalty(builder, [.. variables, .. slack], [.. constraint.Coefficients, .. slackWeights], capacity, penalty);
        builder.AddConstraint(constraint);
        return new KnapsackEncoding(constraint, slack);
    }

    private static void AddSquaredPenalty(QuboBuilder b, IReadOnlyList<int> vars, IReadOnlyList<double> c, double rhs, double penalty)
    {
        if (!(penalty > 0) || !double.IsFinite(penalty))
        {
            throw new ArgumentOutOfRangeException(nameof(penalty), penalty, "The penalty weight must be positive and finite.");
        }
        // (Σ c_i y_i − r)² = Σ c_i² y_i + 2 Σ_{i<j} c_i c_j y_i y_j − 2r Σ c_i y_i + r², using y² = y.
        b.AddOffset(penalty * rhs * rhs);
        for (int i = 0; i < vars.Count; i++)
        {
            b.AddLinear(vars[i], penalty * ((c[i] * c[i]) - (2 * rhs * c[i])));
            for (int j = i + 1; j < vars.Count; j++)
            {
                b.AddQuadratic(vars[i], vars[j], 2 * penalty * c[i] * c[j]);
            }
        }
    }
}
