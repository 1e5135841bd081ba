namespace HackathonPlatform.Quantum.Models;

/// <summary>
/// QUBO ↔ Ising with y = (1 − s)/2. Substituting into a_i y_i and b_ij y_i y_j:
/// a_i y_i = a_i/2 − (a_i/2) s_i and b_ij y_i y_j = (b_ij/4)(1 − s_i − s_j + s_i s_j), hence
/// h_i = −a_i/2 − Σ_j b_ij/4, J_ij = b_ij/4, offset += Σ a_i/2 + Σ b_ij/4; the inverse uses s = 1 − 2y.
/// Energies agree on every assignment, which the round-trip tests check.
/// </summary>
internal static class IsingConversions
{
    public static IsingModel ToIsing(QuboModel q)
    {
        int n = q.VariableCount;
        var h = new double[n];
        double offset = q.Offset;
        for (int i = 0; i < n; i++)
        {
            h[i] -= q.Linear[i] / 2;
            offset += q.Linear[i] / 2;
        }
        var pairs = new Dictionary<(int I, int J), double>();
        foreach (var t in q.QuadraticTerms)
        {
            pairs[(t.I, t.J)] = t.Weight / 4;
            h[t.I] -= t.Weight / 4;
            h[t.J] -= t.Weight / 4;
            offset += t.Weight / 4;
        }
        return new IsingModel(h, SymmetricCouplings.Build(n, pairs), offset);
    }

    public static QuboModel ToQubo(IsingModel ising)
    {
        int n = ising.SpinCount;
        var b = new QuboBuilder(n).AddOffset(ising.Offset);
        for (int i = 0; i < n; i++)
        {
            // h s = h − 2h y
            b.AddOffset(ising.Fields[i]).AddLinear(i, -2 * ising.Fields[i]);
        }
        foreach (var t in ising.CouplingTerms)
        {
            // J s_i s_j = J (1 − 2y_i − 2y_j + 4 y_i y_j)
            b.AddOffset(t.Weight).AddLinear(t.I, -2 * t.Weight).AddLinear(t.J, -2 * t.Weight).AddQuadratic(t.I, t.J, 4 * t.Weight);
        }
        return b.Build();
    }
}
