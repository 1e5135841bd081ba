using System.Numerics;

namespace HackathonPlatform.Quantum.Simulation;

// Gate fusion: many single-qubit gates on distinct qubits per pass over memory.
//  - Low qubits (below LowBlockQubits) are applied block by block: each 2^14-amplitude block
//    (256 KiB) is loaded once and every low gate sweeps it while it sits in L2.
//  - High qubits are taken HighGroupQubits at a time: a tile of 2^k rows (one per value of the group's
//    bits) by 2^ColumnQubits contiguous amplitudes (again ~256 KiB) holds every pair the group's gates
//    need, so each gate of the group sweeps the tile in cache.
// A layer on n qubits therefore costs 1 + ceil((n - 14) / 5) passes over memory.
internal static partial class Kernels
{
    public const int LowBlockQubits = 14;
    public const int HighGroupQubits = 5;
    private const int ColumnQubits = 9;

    /// <summary>Applies gates[i] to qubits[i] (distinct qubits); returns the number of passes made.</summary>
    public static int ApplyFused(Complex[] a, ReadOnlySpan<int> qubits, ReadOnlySpan<Matrix2> gates, int degree)
    {
        int n = System.Numerics.BitOperations.Log2((uint)a.Length);
        int blockQubits = Math.Min(n, LowBlockQubits);
        var order = new int[qubits.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = qubits.ToArray();
        Array.Sort(keys, order);
        var low = new List<(int Q, GateCoefficients G)>();
        var high = new List<(int Q, GateCoefficients G)>();
        for (int i = 0; i < keys.Length; i++)
        {
            (keys[i] < blockQubits ? low : high).Add((keys[i], new GateCoefficients(gates[order[i]])));
        }

        int passes = 0;
        if (!Vectorised || n < 3)
        {
            foreach (var (q, g) in low.Concat(high))
            {
                ApplyPairs(a, q, g, degree);
                passes++;
            }

            return passes;
        }

        if (low.Count > 0)
        {
            var lowGates = low.ToArray();
            ForChunks(a.Length >> blockQubits, degree, (start, end) =>
            {
                for (long b = start; b < end; b++)
                {
                    ApplyInBlock(a, b << blockQubits, 1L << blockQubits, lowGates);
                }
            }, alignment: 1);
            passes++;
        }

        for (int first = 0; first < high.Count; first += HighGroupQubits)
        {
            var group = high.GetRange(first, Math.Min(HighGroupQubits, high.Count - first)).ToArray();
            ApplyHighGroup(a, group, degree);
            passes++;
        }

        return passes;
    }

    private static void ApplyInBlock(Complex[] a, long offset, long size, (int Q, GateCoefficients G)[] gates)
    {
        ref double block = ref Doubles(a, offset);
        foreach (var (q, g) in gates)
        {
            if (q <= 1 && Wide && size >= 8)
            {
                LowQubitOctets(ref block, q, 0, size >> 3, g);
            }
            else if (q == 0)
            {
                AdjacentUnits(ref block, 0, size >> 2, g);
            }
            else if (q >= 2 && Wide)
            {
                StridedQuads(ref block, q, 0, size >> 3, g);
            }
            else
            {
                StridedUnits(ref block, q, 0, size >> 2, g);
            }
        }
    }

    private static void ApplyHighGroup(Complex[] a, (int Q, GateCoefficients G)[] group, int degree)
    {
        int k = group.Length;
        int columnQubits = Math.Min(group[0].Q, ColumnQubits);
        int columns = 1 << columnQubits;
        int rows = 1 << k;
        var rowOffset = new long[rows];
        for (int r = 0; r < rows; r++)
        {
            for (int j = 0; j < k; j++)
            {
                if ((r & (1 << j)) != 0)
                {
                    rowOffset[r] |= 1L << group[j].Q;
                }
            }
        }

        long tiles = a.Length >> (k + columnQubits);
        ForChunks(tiles, degree, (start, end) =>
        {
            for (long tile = start; tile < end; tile++)
            {
                long baseIndex = tile << columnQubits;
                for (int j = 0; j < k; j++)
                {
                    baseIndex = InsertZero(baseIndex, group[j].Q);
                }

                for (int j = 0; j < k; j++)
                {
                    long partner = 1L << group[j].Q;
                    for (int r = 0; r < rows; r++)
                    {
                        if ((r & (1 << j)) == 0)
                        {
                            long i = baseIndex + rowOffset[r];
                            if (Wide)
                            {
                                PairRunWide(ref Doubles(a, i), ref Doubles(a, i + partner), columns >> 2, group[j].G);
                            }
                            else
                            {
                                PairRun(ref Doubles(a, i), ref Doubles(a, i + partner), columns >> 1, group[j].G);
                            }
                        }
                    }
                }
            }
        }, alignment: 1);
    }
}
