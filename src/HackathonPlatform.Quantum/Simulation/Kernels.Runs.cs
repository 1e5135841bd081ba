using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace HackathonPlatform.Quantum.Simulation;

// The innermost loops. A Vector256 holds two amplitudes (re, im, re, im); a "unit" is one such
// vector. Loops index units directly (no per-run calls), so small strides cost no more than large ones.
internal static partial class Kernels
{
    /// <summary>True when the vector kernels run (AVX2 + FMA class hardware).</summary>
    public static bool Vectorised => Vector256.IsHardwareAccelerated && Fma.IsSupported && Avx2.IsSupported;

    /// <summary>Two units (a0, b0), (a1, b1) of adjacent pairs become A = (a0, a1), B = (b0, b1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Unpack(Vector256<double> v0, Vector256<double> v1, out Vector256<double> a, out Vector256<double> b)
    {
        a = Avx.Permute2x128(v0, v1, 0x20);
        b = Avx.Permute2x128(v0, v1, 0x31);
    }

    /// <summary>Inverse of <see cref="Unpack"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Pack(Vector256<double> a, Vector256<double> b, out Vector256<double> v0, out Vector256<double> v1)
    {
        v0 = Avx.Permute2x128(a, b, 0x20);
        v1 = Avx.Permute2x128(a, b, 0x31);
    }

    /// <summary>
    /// Gate on qubit q &gt;= 1 for pair-units p in [start, end): unit pair p has its "0" unit at
    /// InsertZero(p, q - 1) and its "1" unit 2^(q-1) units higher. baseRef is amplitude 0 of the region.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void StridedUnits(ref double baseRef, int q, long start, long end, in GateCoefficients g)
    {
        if (g.IsReal)
        {
            StridedUnits(ref baseRef, q, start, end, new RealPairOp(g));
        }
        else
        {
            StridedUnits(ref baseRef, q, start, end, new ComplexPairOp(g));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void StridedUnits<T>(ref double baseRef, int q, long start, long end, T op)
        where T : struct, IPairOp
    {
        int shift = q - 1;
        long lowMask = (1L << shift) - 1;
        nuint partner = (nuint)(2L << q); // 2^q amplitudes = 2^(q+1) doubles
        for (long p = start; p < end; p++)
        {
            long u = ((p & ~lowMask) << 1) | (p & lowMask);

            // SAFETY: p < number of pair-units of the region, so unit u and its partner lie inside it.
            nuint o = (nuint)(4 * u);
            var a = Vector256.LoadUnsafe(ref baseRef, o);
            var b = Vector256.LoadUnsafe(ref baseRef, o + partner);
            op.Apply(ref a, ref b);
            a.StoreUnsafe(ref baseRef, o);
            b.StoreUnsafe(ref baseRef, o + partner);
        }
    }

    /// <summary>Gate on qubit 0 (only g.Even is used) for unit pairs w in [start, end): amplitudes 4w..4w+3.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AdjacentUnits(ref double baseRef, long start, long end, in GateCoefficients g)
    {
        if (g.IsReal)
        {
            AdjacentUnits(ref baseRef, start, end, new RealPairOp(g));
        }
        else
        {
            AdjacentUnits(ref baseRef, start, end, new ComplexPairOp(g));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AdjacentUnits<T>(ref double baseRef, long start, long end, T op)
        where T : struct, IPairOp
    {
        for (long w = start; w < end; w++)
        {
            // SAFETY: w < (region amplitudes) / 4.
            nuint o = (nuint)(8 * w);
            Unpack(Vector256.LoadUnsafe(ref baseRef, o), Vector256.LoadUnsafe(ref baseRef, o + 4), out var a, out var b);
            op.Apply(ref a, ref b);
            Pack(a, b, out var v0, out var v1);
            v0.StoreUnsafe(ref baseRef, o);
            v1.StoreUnsafe(ref baseRef, o + 4);
        }
    }

    /// <summary>Gate on the pairs (a[t], b[t]) for t in [0, 2 * units): two contiguous runs of amplitudes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void PairRun(ref double a, ref double b, long units, in GateCoefficients g)
    {
        if (g.IsReal)
        {
            PairRun(ref a, ref b, units, new RealPairOp(g));
        }
        else
        {
            PairRun(ref a, ref b, units, new ComplexPairOp(g));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PairRun<T>(ref double a, ref double b, long units, T op)
        where T : struct, IPairOp
    {
        for (long t = 0; t < units; t++)
        {
            // SAFETY: the caller guarantees 2 * units amplitudes after a and after b.
            nuint o = (nuint)(4 * t);
            var va = Vector256.LoadUnsafe(ref a, o);
            var vb = Vector256.LoadUnsafe(ref b, o);
            op.Apply(ref va, ref vb);
            va.StoreUnsafe(ref a, o);
            vb.StoreUnsafe(ref b, o);
        }
    }

    /// <summary>Scalar fallback: the gate on qubit q for pairs p in [start, end) (lane parity by index).</summary>
    public static void ScalarPairs(Complex[] a, int q, long start, long end, in GateCoefficients g)
    {
        long s = 1L << q;
        for (long p = start; p < end; p++)
        {
            long i = InsertZero(p, q);
            var m = (i & 1) == 0 ? g.Even : g.Odd;
            Complex x = a[i], y = a[i + s];
            a[i] = (m.M00 * x) + (m.M01 * y);
            a[i + s] = (m.M10 * x) + (m.M11 * y);
        }
    }

    /// <summary>Multiplies length amplitudes from <paramref name="a"/> by the complex factor f.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ScaleRun(ref double a, long length, Complex f)
    {
        long t = 0;
        if (Vectorised)
        {
            var re = Vector256.Create(f.Real);
            var im = Vector256.Create(-f.Imaginary, f.Imaginary, -f.Imaginary, f.Imaginary);
            for (; t + 2 <= length; t += 2)
            {
                // SAFETY: t + 2 <= length amplitudes guaranteed by the caller.
                nuint o = (nuint)(2 * t);
                var v = Vector256.LoadUnsafe(ref a, o);
                Fma.MultiplyAdd(re, v, im * SwapReIm(v)).StoreUnsafe(ref a, o);
            }
        }

        for (; t < length; t++)
        {
            // SAFETY: t < length.
            ref Complex c = ref Unsafe.As<double, Complex>(ref Unsafe.Add(ref a, (nint)(2 * t)));
            c *= f;
        }
    }
}
