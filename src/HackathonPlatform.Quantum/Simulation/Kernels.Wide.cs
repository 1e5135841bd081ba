using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace HackathonPlatform.Quantum.Simulation;

// AVX-512 loops: a "quad" is four amplitudes (one Vector512). In quad space amplitude bit b is quad
// bit b - 2, so these loops serve qubits >= 2; qubits 0 and 1 keep the 256-bit loops. At 16-20 qubits
// the state sits in cache and the kernels are bound by instructions, so twice the width pays.
internal static partial class Kernels
{
    /// <summary>True when the 512-bit loops run.</summary>
    public static bool Wide => Vector512.IsHardwareAccelerated && Avx512F.IsSupported;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> SwapReIm(Vector512<double> v) => Avx512F.Permute2x64(v, 0b0101_0101);

    /// <summary>Gate on qubit q &gt;= 2 for pair-quads p in [start, end) (pair-quad p = two quads 2^(q-2) quads apart).</summary>
    public static void StridedQuads(ref double baseRef, int q, long start, long end, in GateCoefficients g)
    {
        if (g.IsReal)
        {
            StridedQuads(ref baseRef, q, start, end, new RealPairOp512(g));
        }
        else
        {
            StridedQuads(ref baseRef, q, start, end, new ComplexPairOp512(g));
        }
    }

    /// <summary>Gate on the pairs (a[t], b[t]) for t in [0, 4 * quads).</summary>
    public static void PairRunWide(ref double a, ref double b, long quads, in GateCoefficients g)
    {
        if (g.IsReal)
        {
            PairRunWide(ref a, ref b, quads, new RealPairOp512(g));
        }
        else
        {
            PairRunWide(ref a, ref b, quads, new ComplexPairOp512(g));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void StridedQuads<T>(ref double baseRef, int q, long start, long end, T op)
        where T : struct, IPairOp512
    {
        int shift = q - 2;
        long lowMask = (1L << shift) - 1;
        nuint partner = (nuint)(2L << q);
        for (long p = start; p < end; p++)
        {
            long u = ((p & ~lowMask) << 1) | (p & lowMask);

            // SAFETY: p < (region amplitudes) / 8, so quad u and its partner lie inside the region.
            nuint o = (nuint)(8 * u);
            var a = Vector512.LoadUnsafe(ref baseRef, o);
            var b = Vector512.LoadUnsafe(ref baseRef, o + partner);
            op.Apply(ref a, ref b);
            a.StoreUnsafe(ref baseRef, o);
            b.StoreUnsafe(ref baseRef, o + partner);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PairRunWide<T>(ref double a, ref double b, long quads, T op)
        where T : struct, IPairOp512
    {
        for (long t = 0; t < quads; t++)
        {
            // SAFETY: the caller guarantees 4 * quads amplitudes after a and after b.
            nuint o = (nuint)(8 * t);
            var va = Vector512.LoadUnsafe(ref a, o);
            var vb = Vector512.LoadUnsafe(ref b, o);
            op.Apply(ref va, ref vb);
            va.StoreUnsafe(ref a, o);
            vb.StoreUnsafe(ref b, o);
        }
    }

    /// <summary>CNOT with control and target &gt;= 2: swaps quads, for quarter pair-quads p in [start, end).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CnotQuads(ref double baseRef, int control, int target, long start, long end)
    {
        int lo = Math.Min(control, target) - 2, hi = Math.Max(control, target) - 2;
        long controlBit = 1L << (control - 2);
        nuint partner = (nuint)(2L << target);
        for (long p = start; p < end; p++)
        {
            long u = InsertZero(InsertZero(p, lo), hi) | controlBit;

            // SAFETY: p < 2^n / 16; swaps quad u with its target partner.
            nuint o = (nuint)(8 * u);
            var a = Vector512.LoadUnsafe(ref baseRef, o);
            var b = Vector512.LoadUnsafe(ref baseRef, o + partner);
            b.StoreUnsafe(ref baseRef, o);
            a.StoreUnsafe(ref baseRef, o + partner);
        }
    }

    // Lane gathers for qubits 0 and 1: from two quads v0, v1 build A (the four "0" amplitudes) and
    // B (their four partners), and back. Indices address the eight doubles of v0 then of v1.
    private static readonly Vector512<long> Q0A = Vector512.Create(0L, 1, 4, 5, 8, 9, 12, 13);
    private static readonly Vector512<long> Q0B = Vector512.Create(2L, 3, 6, 7, 10, 11, 14, 15);
    private static readonly Vector512<long> Q0V0 = Vector512.Create(0L, 1, 8, 9, 2, 3, 10, 11);
    private static readonly Vector512<long> Q0V1 = Vector512.Create(4L, 5, 12, 13, 6, 7, 14, 15);
    private static readonly Vector512<long> Q1A = Vector512.Create(0L, 1, 2, 3, 8, 9, 10, 11);
    private static readonly Vector512<long> Q1B = Vector512.Create(4L, 5, 6, 7, 12, 13, 14, 15);

    /// <summary>Gate on qubit 0 or 1 for octets w in [start, end) (amplitudes 8w..8w+7).</summary>
    public static void LowQubitOctets(ref double baseRef, int q, long start, long end, in GateCoefficients g)
    {
        if (g.IsReal)
        {
            LowQubitOctets(ref baseRef, q, start, end, new RealPairOp512(g));
        }
        else
        {
            LowQubitOctets(ref baseRef, q, start, end, new ComplexPairOp512(g));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void LowQubitOctets<T>(ref double baseRef, int q, long start, long end, T op)
        where T : struct, IPairOp512
    {
        // For qubit 1 the packing indices equal the gathering ones (the shuffle is its own inverse).
        var gatherA = q == 0 ? Q0A : Q1A;
        var gatherB = q == 0 ? Q0B : Q1B;
        var scatter0 = q == 0 ? Q0V0 : Q1A;
        var scatter1 = q == 0 ? Q0V1 : Q1B;
        for (long w = start; w < end; w++)
        {
            // SAFETY: w < (region amplitudes) / 8.
            nuint o = (nuint)(16 * w);
            var v0 = Vector512.LoadUnsafe(ref baseRef, o);
            var v1 = Vector512.LoadUnsafe(ref baseRef, o + 8);
            var a = Avx512F.PermuteVar8x64x2(v0, gatherA, v1);
            var b = Avx512F.PermuteVar8x64x2(v0, gatherB, v1);
            op.Apply(ref a, ref b);
            Avx512F.PermuteVar8x64x2(a, scatter0, b).StoreUnsafe(ref baseRef, o);
            Avx512F.PermuteVar8x64x2(a, scatter1, b).StoreUnsafe(ref baseRef, o + 8);
        }
    }
}
