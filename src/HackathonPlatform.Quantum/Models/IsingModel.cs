namespace HackathonPlatform.Quantum.Models;

/// <summary>
/// An immutable Ising model: <c>E(s) = offset + Σ_i h_i s_i + Σ_{i&lt;j} J_ij s_i s_j</c>, s ∈ {−1,+1}ⁿ.
/// Relation to QUBO and qubits: y = (1 − s)/2, so bit 0 ↔ s = +1 and bit 1 ↔ s = −1, which is the
/// eigenvalue of Pauli Z on |0⟩ and |1⟩; the cost Hamiltonian is offset + Σ h_i Z_i + Σ J_ij Z_i Z_j.
/// </summary>
public sealed class IsingModel
{
    private readonly double[] _fields;

    internal IsingModel(double[] fields, SymmetricCouplings couplings, double offset)
    {
        _fields = fields;
        Couplings = couplings;
        Offset = offset;
    }

    /// <summary>Builds a model from fields h, pairwise couplings (repeated pairs add up) and an offset.</summary>
    /// <exception cref="ArgumentException">An index is out of range, a pair has i = j, or a value is not finite.</exception>
    public IsingModel(IReadOnlyList<double> fields, IEnumerable<QuadraticTerm> couplings, double offset = 0.0)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(couplings);
        int n = fields.Count;
        var pairs = new Dictionary<(int I, int J), double>();
        foreach (var t in couplings)
        {
            if ((uint)t.I >= (uint)n || (uint)t.J >= (uint)n || t.I == t.J || !double.IsFinite(t.Weight))
            {
                throw new ArgumentException($"Invalid coupling {t} for {n} spins.", nameof(couplings));
            }
            var key = t.I < t.J ? (t.I, t.J) : (t.J, t.I);
            pairs[key] = pairs.GetValueOrDefault(key) + t.Weight;
        }
        if (!double.IsFinite(offset) || fields.Any(h => !double.IsFinite(h)))
        {
            throw new ArgumentException("Fields and offset must be finite.", nameof(fields));
        }
        _fields = [.. fields];
        Couplings = SymmetricCouplings.Build(n, pairs);
        Offset = offset;
    }

    /// <summary>Number of spins n.</summary>
    public int SpinCount => _fields.Length;

    /// <summary>Constant added to every energy.</summary>
    public double Offset { get; }

    /// <summary>Local fields h_i.</summary>
    public IReadOnlyList<double> Fields => _fields;

    /// <summary>Couplings J_ij with i &lt; j and non-zero weight.</summary>
    public IEnumerable<QuadraticTerm> CouplingTerms => Couplings.Terms();

    internal SymmetricCouplings Couplings { get; }

    /// <summary>J_ij (symmetric; 0 when i = j or absent).</summary>
    public double GetCoupling(int i, int j) => i == j ? 0.0 : Couplings.Get(i, j);

    /// <summary>The spin of a bit under this library's convention: false (0) → +1, true (1) → −1.</summary>
    public static int SpinOf(bool bit) => bit ? -1 : 1;

    /// <summary>E(s) for spins of ±1.</summary>
    /// <exception cref="ArgumentException">Wrong length or a value other than ±1.</exception>
    public double Energy(ReadOnlySpan<int> spins)
    {
        if (spins.Length != SpinCount)
        {
            throw new ArgumentException($"Expected {SpinCount} spins, got {spins.Length}.", nameof(spins));
        }
        double e = Offset;
        for (int i = 0; i < spins.Length; i++)
        {
            if (spins[i] is not (1 or -1))
            {
                throw new ArgumentException($"Spin {i} is {spins[i]}, expected +1 or -1.", nameof(spins));
            }
            e += _fields[i] * spins[i];
            var cols = Couplings.Neighbours(i);
            var w = Couplings.Weights(i);
            for (int k = 0; k < cols.Length; k++)
            {
                if (cols[k] > i)
                {
                    e += w[k] * spins[i] * spins[cols[k]];
                }
            }
        }
        return e;
    }

    /// <summary>The energy of a bit assignment, mapped to spins by <see cref="SpinOf"/>.</summary>
    public double EnergyOfBits(ReadOnlySpan<bool> bits)
    {
        var s = new int[bits.Length];
        for (int i = 0; i < bits.Length; i++)
        {
            s[i] = SpinOf(bits[i]);
        }
        return Energy(s);
    }

    /// <summary>The equivalent QUBO under s = 1 − 2y.</summary>
    public QuboModel ToQubo() => IsingConversions.ToQubo(this);
}
