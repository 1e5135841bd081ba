using System.Numerics;

namespace HackathonPlatform.Quantum.Simulation;

// Whole-state drivers for one- and controlled single-qubit gates.
internal static partial class Kernels
{
    public static void ApplyMatrix2(Complex[] a, int q, Matrix2 m, int degree)
    {
        if (m.IsDiagonal)
        {
            ApplyDiagonal(a, q, m.M00, m.M11, degree);
            return;
        }

        var g = new GateCoefficients(m);
        if (q == 0)
        {
            ForChunks(a.Length >> 1, degree, (start, end) => AdjacentRun(ref Doubles(a, 2 * start), end - start, g));
            return;
        }

        ForChunks(a.Length >> 1, degree, (start, end) => PairRange(a, q, start, end, g));
    }

    /// <summary>Pairs p in [start, end) of qubit q: amplitude InsertZero(p, q) with its partner 2^q higher.</summary>
    public static void PairRange(Complex[] a, int q, long start, long end, in GateCoefficients g)
    {
        long s = 1L << q;
        for (long p = start; p < end;)
        {
            long within = p & (s - 1);
            long i = ((p - within) << 1) | within;
            int length = (int)Math.Min(s - within, end - p);
            PairRun(ref Doubles(a, i), ref Doubles(a, i + s), length, g);
            p += length;
        }
    }

    /// <summary>diag(d0, d1) on qubit q; skips the half whose factor is exactly 1 (Z, S, T, Phase).</summary>
    public static void ApplyDiagonal(Complex[] a, int q, Complex d0, Complex d1, int degree)
    {
        if (q == 0)
        {
            // Both factors alternate within every vector: treat as a gate with zero off-diagonals.
            var g = new GateCoefficients(new Matrix2(d0, 0, 0, d1));
            ForChunks(a.Length >> 1, degree, (start, end) => AdjacentRun(ref Doubles(a, 2 * start), end - start, g));
            return;
        }

        long s = 1L << q;
        ForChunks(a.Length >> 1, degree, (start, end) =>
        {
            for (long p = start; p < end;)
            {
                long within = p & (s - 1);
                long i = ((p - within) << 1) | within;
                long length = Math.Min(s - within, end - p);
                if (d0 != Complex.One)
                {
                    ScaleRun(ref Doubles(a, i), length, d0);
                }

                if (d1 != Complex.One)
                {
                    ScaleRun(ref Doubles(a, i + s), length, d1);
                }

                p += length;
            }
        });
    }

    public static void ApplyControlled(Complex[] a, int control, int target, Matrix2 u, int degree)
    {
        if (control == 0)
        {
            // Even indices have control 0: identity there, u on odd lanes, over all pairs of the target.
            var g0 = new GateCoefficients(Matrix2.Identity, u);
            ForChunks(a.Length >> 1, degree, (start, end) => PairRange(a, target, start, end, g0));
            return;
        }

        long c = 1L << control;
        var g = new GateCoefficients(u);
        if (target == 0)
        {
            // Runs of 2^control contiguous amplitudes with the control set: adjacent pairs inside.
            ForChunks(a.Length >> 1, degree, (start, end) =>
            {
                for (long h = start; h < end;)
                {
                    long within = h & (c - 1);
                    long i = (((h - within) << 1) | within) | c;
                    long length = Math.Min(c - within, end - h);
                    AdjacentRun(ref Doubles(a, i), length >> 1, g);
                    h += length;
                }
            });
            return;
        }

        int lo = Math.Min(control, target), hi = Math.Max(control, target);
        long run = 1L << lo, t = 1L << target;
        ForChunks(a.Length >> 2, degree, (start, end) =>
        {
            for (long p = start; p < end;)
            {
                long within = p & (run - 1);
                long i = InsertZero(InsertZero(p, lo), hi) | c;
                int length = (int)Math.Min(run - within, end - p);
                PairRun(ref Doubles(a, i), ref Doubles(a, i + t), length, g);
                p += length;
            }
        });
    }
}
