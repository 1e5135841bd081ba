using System.Numerics;

namespace HackathonPlatform.Quantum.Simulation;

// Whole-state drivers for single-qubit and controlled gates.
internal static partial class Kernels
{
    public static void ApplyMatrix2(Complex[] a, int q, Matrix2 m, int degree)
    {
        if (m.IsDiagonal && q > 0)
        {
            ApplyDiagonal(a, q, m.M00, m.M11, degree);
            return;
        }

        ApplyPairs(a, q, new GateCoefficients(m), degree);
    }

    /// <summary>The gate g on every pair of qubit q (lane parity selects Even/Odd for q &gt;= 1).</summary>
    public static void ApplyPairs(Complex[] a, int q, GateCoefficients g, int degree)
    {
        if (!Vectorised || a.Length < 4)
        {
            ForChunks(a.Length >> 1, degree, (start, end) => ScalarPairs(a, q, start, end, g));
        }
        else if (q <= 1 && Wide && a.Length >= 8)
        {
            ForChunks(a.Length >> 3, degree, (start, end) => LowQubitOctets(ref Doubles(a, 0), q, start, end, g));
        }
        else if (q == 0)
        {
            ForChunks(a.Length >> 2, degree, (start, end) => AdjacentUnits(ref Doubles(a, 0), start, end, g));
        }
        else if (q >= 2 && Wide)
        {
            ForChunks(a.Length >> 3, degree, (start, end) => StridedQuads(ref Doubles(a, 0), q, start, end, g));
        }
        else
        {
            ForChunks(a.Length >> 2, degree, (start, end) => StridedUnits(ref Doubles(a, 0), q, start, end, g));
        }
    }

    /// <summary>diag(d0, d1) on qubit q &gt;= 1; skips the half whose factor is exactly 1 (Z, S, T, Phase).</summary>
    public static void ApplyDiagonal(Complex[] a, int q, Complex d0, Complex d1, int degree)
    {
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
        if (u == Matrix2.X)
        {
            ApplyCnot(a, control, target, degree);
            return;
        }

        if (control == 0)
        {
            // Even indices have control 0: identity on even lanes, u on odd lanes, over all pairs of the target.
            ApplyPairs(a, target, new GateCoefficients(Matrix2.Identity, u), degree);
            return;
        }

        if (!Vectorised || a.Length < 8)
        {
            ForChunks(a.Length >> 2, degree, (start, end) => ScalarControlled(a, control, target, u, start, end));
            return;
        }

        var g = new GateCoefficients(u);
        if (target == 0)
        {
            ForChunks(a.Length >> 2, degree, (start, end) => ControlledWithinUnits(ref Doubles(a, 0), control, start, end, g));
            return;
        }

        ForChunks(a.Length >> 3, degree, (start, end) => ControlledUnits(ref Doubles(a, 0), control, target, start, end, g));
    }

    private static void ScalarControlled(Complex[] a, int control, int target, Matrix2 u, long start, long end)
    {
        long c = 1L << control, t = 1L << target;
        int lo = Math.Min(control, target), hi = Math.Max(control, target);
        for (long p = start; p < end; p++)
        {
            long i = InsertZero(InsertZero(p, lo), hi) | c;
            Complex x = a[i], y = a[i + t];
            a[i] = (u.M00 * x) + (u.M01 * y);
            a[i + t] = (u.M10 * x) + (u.M11 * y);
        }
    }
}
