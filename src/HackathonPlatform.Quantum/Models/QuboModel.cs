namespace HackathonPlatform.Quantum.Models;

/// <summary>
/// An immutable QUBO: minimise <c>f(y) = offset + Σ_i a_i y_i + Σ_{i&lt;j} b_ij y_i y_j</c> over y ∈ {0,1}ⁿ.
/// In matrix form f(y) = yᵀQy + offset with a_i = Q_ii and b_ij = Q_ij + Q_ji.
/// Basis-state convention shared with the simulator: variable q is bit q of a basis index
/// (and qubit q); a bitstring's character q is variable q.
/// </summary>
public sealed class QuboModel
{
    private readonly double[] _linear;

    internal QuboModel(double[] linear, SymmetricCouplings couplings, double offset, LinearConstraint[] constraints)
    {
        _linear = linear;
        Couplings = couplings;
        Offset = offset;
        Constraints = constraints;
    }

    /// <summary>Number of binary variables n.</summary>
    public int VariableCount => _linear.Length;

    /// <summary>Constant added to every energy.</summary>
    public double Offset { get; }

    /// <summary>Linear coefficients a_i (= Q_ii).</summary>
    public IReadOnlyList<double> LinearCoefficients => _linear;

    /// <summary>Pairwise terms with i &lt; j and non-zero weight b_ij.</summary>
    public IEnumerable<QuadraticTerm> QuadraticTerms => Couplings.Terms();

    /// <summary>Number of non-zero pairwise terms.</summary>
    public int QuadraticTermCount => Couplings.PairCount;

    /// <summary>Fraction of the n(n−1)/2 variable pairs that have a non-zero coupling (0 when n &lt; 2).</summary>
    public double Density => VariableCount < 2 ? 0.0 : QuadraticTermCount / (VariableCount * (VariableCount - 1) / 2.0);

    /// <summary>Constraints encoded as penalties, for feasibility checks; empty for unconstrained models.</summary>
    public IReadOnlyList<LinearConstraint> Constraints { get; }

    internal SymmetricCouplings Couplings { get; }

    internal ReadOnlySpan<double> Linear => _linear;

    /// <summary>The coefficient b_ij of y_i·y_j (symmetric in i, j; 0 when i = j or absent).</summary>
    public double GetCoupling(int i, int j) => i == j ? 0.0 : Couplings.Get(i, j);

    /// <summary>f(y) for an assignment of length n.</summary>
    /// <exception cref="ArgumentException">The length differs from n.</exception>
    public double Evaluate(ReadOnlySpan<bool> assignment)
    {
        if (assignment.Length != VariableCount)
        {
            throw new ArgumentException($"Expected {VariableCount} values, got {assignment.Length}.", nameof(assignment));
        }
        double sum = Offset;
        for (int i = 0; i < _linear.Length; i++)
        {
            if (!assignment[i])
            {
                continue;
            }
            sum += _linear[i];
            var cols = Couplings.Neighbours(i);
            var w = Couplings.Weights(i);
            for (int k = 0; k < cols.Length; k++)
            {
                // Each pair is stored in both rows: count it once, from its smaller index.
                if (cols[k] > i && assignment[cols[k]])
                {
                    sum += w[k];
                }
            }
        }
        return sum;
    }

    /// <summary>f(y) where y_q is bit q of <paramref name="basisIndex"/> (n ≤ 63).</summary>
    public double EvaluateBasisState(long basisIndex) => Evaluate(Bitstrings.FromIndex(basisIndex, VariableCount));

    /// <summary>Whether every recorded constraint holds (true when there are none).</summary>
    public bool IsFeasible(ReadOnlySpan<bool> assignment)
    {
        foreach (var c in Constraints)
        {
            if (!c.IsSatisfied(assignment))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The energy of every basis state, length 2ⁿ, entry k = f(bits of k): the diagonal of the cost
    /// Hamiltonian for the simulator. O(1) work per entry (see <see cref="CostDiagonal"/>); refused with the
    /// reason before allocating when 2ⁿ doubles do not fit in memory.
    /// </summary>
    public double[] CostDiagonal() => Models.CostDiagonal.Compute(this);

    /// <summary>The equivalent Ising model under y = (1 − s)/2 (bit 1 ↔ spin −1, the Z eigenvalue).</summary>
    public IsingModel ToIsing() => IsingConversions.ToIsing(this);

    /// <summary>Builds f(y) = yᵀQy + offset from a square matrix (not necessarily symmetric).</summary>
    /// <exception cref="ArgumentException">The matrix is not square or has non-finite entries.</exception>
    public static QuboModel FromMatrix(double[,] q, double offset = 0.0)
    {
        ArgumentNullException.ThrowIfNull(q);
        int n = q.GetLength(0);
        if (q.GetLength(1) != n)
        {
            throw new ArgumentException($"Q must be square, got {n}×{q.GetLength(1)}.", nameof(q));
        }
        var b = new QuboBuilder(n).AddOffset(offset);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                b.AddQuadratic(i, j, q[i, j]);
            }
        }
        return b.Build();
    }

    /// <summary>
    /// Max-Cut as a QUBO: minimise Σ_{(u,v)∈E} w_uv (2 y_u y_v − y_u − y_v), which equals −(cut weight),
    /// where y_v says on which side vertex v lies.
    /// </summary>
    public static QuboModel FromMaxCut(WeightedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var b = new QuboBuilder(graph.VertexCount);
        foreach (var e in graph.Edges)
        {
            b.AddQuadratic(e.U, e.V, 2 * e.Weight).AddLinear(e.U, -e.Weight).AddLinear(e.V, -e.Weight);
        }
        return b.Build();
    }
}
