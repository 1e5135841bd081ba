using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace HackathonPlatform.Quantum.Simulation;

// The innermost loops: contiguous runs of amplitudes, vectorised two amplitudes per Vector256.
internal static partial class Kernels
{
    /// <summary>
    /// Applies g to the pairs (a[t], b[t]) for t in [0, length): a and b are the two halves of a
    /// gate's pair (qubit = 0 and 1). <paramref name="a"/> must start on an even index so that lane
    /// parity matches <see cref="GateCoefficients.Even"/>/<see cref="GateCoefficients.Odd"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void PairRun(ref double a, ref double b, int length, in GateCoefficients g)
    {
        int t = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; t + 2 <= length; t += 2)
            {
                // SAFETY: t + 2 <= length, and the caller guarantees length amplitudes after a and after b.
                nuint o = (nuint)(2 * t);
                var va = Vector256.LoadUnsafe(ref a, o);
                var vb = Vector256.LoadUnsafe(ref b, o);
                var sa = SwapReIm(va);
                var sb = SwapReIm(vb);
                var na = Vector256.FusedMultiplyAdd(g.R00, va, Vector256.FusedMultiplyAdd(g.I00, sa,
                    Vector256.FusedMultiplyAdd(g.R01, vb, g.I01 * sb)));
                var nb = Vector256.FusedMultiplyAdd(g.R10, va, Vector256.FusedMultiplyAdd(g.I10, sa,
                    Vector256.FusedMultiplyAdd(g.R11, vb, g.I11 * sb)));
                na.StoreUnsafe(ref a, o);
                nb.StoreUnsafe(ref b, o);
            }
        }

        for (; t < length; t++)
        {
            var m = (t & 1) == 0 ? g.Even : g.Odd;

            // SAFETY: t < length, within the caller's run.
            ref Complex ca = ref Unsafe.As<double, Complex>(ref Unsafe.Add(ref a, 2 * t));
            ref Complex cb = ref Unsafe.As<double, Complex>(ref Unsafe.Add(ref b, 2 * t));
            Complex x = ca, y = cb;
            ca = (m.M00 * x) + (m.M01 * y);
            cb = (m.M10 * x) + (m.M11 * y);
        }
    }

    /// <summary>Applies g.Even to adjacent pairs (start[2t], start[2t+1]) for t in [0, pairs): target qubit 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AdjacentRun(ref double start, long pairs, in GateCoefficients g)
    {
        long t = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; t < pairs; t++)
            {
                // SAFETY: t < pairs; the caller guarantees 2 * pairs amplitudes after start.
                nuint o = (nuint)(4 * t);
                var v = Vector256.LoadUnsafe(ref start, o);
                var lo = Vector256.Shuffle(v, Vector256.Create(0L, 1L, 0L, 1L));
                var hi = Vector256.Shuffle(v, Vector256.Create(2L, 3L, 2L, 3L));
                var r = Vector256.FusedMultiplyAdd(g.C0R, lo, Vector256.FusedMultiplyAdd(g.C0I, SwapReIm(lo),
                    Vector256.FusedMultiplyAdd(g.C1R, hi, g.C1I * SwapReIm(hi))));
                r.StoreUnsafe(ref start, o);
            }

            return;
        }

        var m = g.Even;
        for (; t < pairs; t++)
        {
            // SAFETY: as above.
            ref Complex ca = ref Unsafe.As<double, Complex>(ref Unsafe.Add(ref start, (nint)(4 * t)));
            ref Complex cb = ref Unsafe.Add(ref ca, 1);
            Complex x = ca, y = cb;
            ca = (m.M00 * x) + (m.M01 * y);
            cb = (m.M10 * x) + (m.M11 * y);
        }
    }

    /// <summary>Multiplies length amplitudes from <paramref name="a"/> by the complex factor f.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ScaleRun(ref double a, long length, Complex f)
    {
        long t = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var re = Vector256.Create(f.Real);
            var im = Vector256.Create(-f.Imaginary, f.Imaginary, -f.Imaginary, f.Imaginary);
            for (; t + 2 <= length; t += 2)
            {
                // SAFETY: t + 2 <= length amplitudes guaranteed by the caller.
                nuint o = (nuint)(2 * t);
                var v = Vector256.LoadUnsafe(ref a, o);
                Vector256.FusedMultiplyAdd(re, v, im * SwapReIm(v)).StoreUnsafe(ref a, o);
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
