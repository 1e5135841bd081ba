using HackathonPlatform.Quantum.Models;

namespace HackathonPlatform.Quantum.Solvers;

/// <summary>
/// One single-flip tabu walk. Keeps the local fields g_i = a_i + Σ_j b_ij y_j, so the change of a flip
/// is (1 − 2y_i)·g_i in O(1) and a flip updates only the neighbours' fields (sparse rows).
/// </summary>
internal sealed class TabuWalk(QuboModel model, Random random)
{
    private const double Epsilon = 1e-9;
    private readonly int _n = model.VariableCount;
    private readonly bool[] _y = new bool[model.VariableCount];
    private readonly double[] _fields = new double[model.VariableCount];
    private readonly long[] _tabuUntil = new long[model.VariableCount];
    private double _energy;

    public long Moves { get; private set; }

    public void Reset(ReadOnlySpan<bool> start)
    {
        start.CopyTo(_y);
        Array.Clear(_tabuUntil);
        for (int i = 0; i < _n; i++)
        {
            double g = model.Linear[i];
            var cols = model.Couplings.Neighbours(i);
            var w = model.Couplings.Weights(i);
            for (int k = 0; k < cols.Length; k++)
            {
                g += _y[cols[k]] ? w[k] : 0.0;
            }
            _fields[i] = g;
        }
        _energy = model.Evaluate(_y);
    }

    /// <summary>Walks until <paramref name="stallLimit"/> moves bring no improvement; returns the walk's best.</summary>
    public (double Value, bool[] Assignment) Run(int stallLimit, double globalBest)
    {
        int baseTenure = Math.Clamp(_n / 8, 1, 20);
        double best = _energy;
        var bestY = (bool[])_y.Clone();
        for (long iter = 1, stall = 0; stall < stallLimit && _n > 0; iter++, stall++)
        {
            // Aspiration: a tabu move is allowed when it beats every value seen so far.
            double aspiration = Math.Min(best, globalBest) - Epsilon;
            int pick = -1, ties = 0;
            double pickDelta = double.PositiveInfinity;
            for (int i = 0; i < _n; i++)
            {
                double d = _y[i] ? -_fields[i] : _fields[i];
                if (_tabuUntil[i] > iter && _energy + d >= aspiration)
                {
                    continue;
                }
                if (d < pickDelta - Epsilon)
                {
                    (pickDelta, pick, ties) = (d, i, 1);
                }
                else if (d <= pickDelta + Epsilon && random.Next(++ties) == 0)
                {
                    pick = i;
                }
            }
            Moves += _n;
            // Everything tabu and nothing aspirates (tiny n): move anyway rather than stall.
            pick = pick >= 0 ? pick : random.Next(_n);
            Flip(pick);
            _tabuUntil[pick] = iter + Math.Min(baseTenure + random.Next(baseTenure + 1), _n - 1);
            if (_energy < best - Epsilon)
            {
                best = _energy;
                _y.CopyTo(bestY, 0);
                stall = -1;
            }
        }
        return (model.Evaluate(bestY), bestY);
    }

    private void Flip(int j)
    {
        _energy += _y[j] ? -_fields[j] : _fields[j];
        _y[j] = !_y[j];
        double sign = _y[j] ? 1.0 : -1.0;
        var cols = model.Couplings.Neighbours(j);
        var w = model.Couplings.Weights(j);
        for (int k = 0; k < cols.Length; k++)
        {
            _fields[cols[k]] += sign * w[k];
        }
    }
}
