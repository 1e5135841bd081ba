namespace HackathonPlatform.Quantum.Models;

/// <summary>
/// Compressed sparse rows of a symmetric coupling matrix without its diagonal: each pair i &lt; j is
/// stored in both rows so that local fields (Σ_j w_ij x_j) are one row scan, which is what solvers need.
/// </summary>
internal sealed class SymmetricCouplings
{
    private readonly int[] _rowStart;
    private readonly int[] _columns;
    private readonly double[] _weights;

    private SymmetricCouplings(int[] rowStart, int[] columns, double[] weights)
    {
        _rowStart = rowStart;
        _columns = columns;
        _weights = weights;
    }

    /// <summary>Number of distinct pairs with a non-zero weight.</summary>
    public int PairCount => _columns.Length / 2;

    public ReadOnlySpan<int> Neighbours(int i) => _columns.AsSpan(_rowStart[i], _rowStart[i + 1] - _rowStart[i]);

    public ReadOnlySpan<double> Weights(int i) => _weights.AsSpan(_rowStart[i], _rowStart[i + 1] - _rowStart[i]);

    public double Get(int i, int j)
    {
        int k = Array.BinarySearch(_columns, _rowStart[i], _rowStart[i + 1] - _rowStart[i], j);
        return k >= 0 ? _weights[k] : 0.0;
    }

    public IEnumerable<QuadraticTerm> Terms()
    {
        for (int i = 0; i + 1 < _rowStart.Length; i++)
        {
            for (int k = _rowStart[i]; k < _rowStart[i + 1]; k++)
            {
                if (_columns[k] > i)
                {
                    yield return new QuadraticTerm(i, _columns[k], _weights[k]);
                }
            }
        }
    }

    /// <summary>Dense row-major copy (n·n doubles); only for the small n of exact methods.</summary>
    public double[] ToDense(int n)
    {
        var dense = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            var cols = Neighbours(i);
            var w = Weights(i);
            for (int k = 0; k < cols.Length; k++)
            {
                dense[(i * n) + cols[k]] = w[k];
            }
        }
        return dense;
    }

    /// <summary>Builds the rows from pairs keyed by (i &lt; j); exact zeros are dropped.</summary>
    public static SymmetricCouplings Build(int n, IEnumerable<KeyValuePair<(int I, int J), double>> pairs)
    {
        var counts = new int[n + 1];
        var kept = new List<(int I, int J, double W)>();
        foreach (var ((i, j), w) in pairs)
        {
            if (w == 0.0)
            {
                continue;
            }
            kept.Add((i, j, w));
            counts[i + 1]++;
            counts[j + 1]++;
        }
        for (int i = 0; i < n; i++)
        {
            counts[i + 1] += counts[i];
        }
        var rowStart = (int[])counts.Clone();
        var fill = (int[])counts.Clone();
        var columns = new int[kept.Count * 2];
        var weights = new double[kept.Count * 2];
        foreach (var (i, j, w) in kept)
        {
            columns[fill[i]] = j;
            weights[fill[i]++] = w;
            columns[fill[j]] = i;
            weights[fill[j]++] = w;
        }
        for (int i = 0; i < n; i++)
        {
            // Sorted rows make Get a binary search and keep enumeration deterministic.
            Array.Sort(columns, weights, rowStart[i], rowStart[i + 1] - rowStart[i]);
        }
        return new SymmetricCouplings(rowStart, columns, weights);
    }
}
