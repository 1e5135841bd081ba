using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace HackathonPlatform.Quantum.Simulation;

// Controlled gates and CNOT on units (two amplitudes per Vector256). In unit space amplitude bit b is
// unit bit b - 1, so a qubit q >= 1 is unit bit q - 1; qubit 0 lives inside a unit (even/odd lane).
internal static partial class Kernels
{
    /// <summary>Controlled u, control &gt;= 1, target &gt;= 1, for quarter unit pairs p in [start, end).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ControlledUnits(ref double baseRef, int control, int target, long start, long end, in GateCoefficients g)
    {
        if (g.IsReal)
        {
            ControlledUnits(ref baseRef, control, target, start, end, new RealPairOp(g));
        }
        else
        {
            ControlledUnits(ref baseRef, control, target, start, end, new ComplexPairOp(g));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ControlledUnits<T>(ref double baseRef, int control, int target, long start, long end, T op)
        where T : struct, IPairOp
    {
        int lo = Math.Min(control, target) - 1, hi = Math.Max(control, target) - 1;
        long controlBit = 1L << (control - 1);
        nuint partner = (nuint)(2L << target);
        for (long p = start; p < end; p++)
        {
            long u = InsertZero(InsertZero(p, lo), hi) | controlBit;

            // SAFETY: p < 2^n / 8, so u and u + 2^(target-1) are units of the state.
            nuint o = (nuint)(4 * u);
            var a = Vector256.LoadUnsafe(ref baseRef, o);
            var b = Vector256.LoadUnsafe(ref baseRef, o + partner);
            op.Apply(ref a, ref b);
            a.StoreUnsafe(ref baseRef, o);
            b.StoreUnsafe(ref baseRef, o + partner);
        }
    }

    /// <summary>Controlled u on target 0, control &gt;= 1: units u with the control bit set, pair inside the unit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ControlledWithinUnits(ref double baseRef, int control, long start, long end, in GateCoefficients g)
    {
        int bit = control - 1;
        long controlBit = 1L << bit;
        var c = g;
        for (long p = start; p < end; p++)
        {
            long u = InsertZero(p, bit) | controlBit;

            // SAFETY: p < 2^n / 4, so u is a unit of the state.
            nuint o = (nuint)(4 * u);
            var v = Vector256.LoadUnsafe(ref baseRef, o);
            var lo = Avx2.Permute4x64(v, 0b01_00_01_00);
            var hi = Avx2.Permute4x64(v, 0b11_10_11_10);
            var r = Fma.MultiplyAdd(c.C0R, lo, Fma.MultiplyAdd(c.C0I, SwapReIm(lo),
                Fma.MultiplyAdd(c.C1R, hi, c.C1I * SwapReIm(hi))));
            r.StoreUnsafe(ref baseRef, o);
        }
    }

    /// <summary>CNOT as a permutation: no arithmetic, only swaps of amplitudes.</summary>
    public static void ApplyCnot(Complex[] a, int control, int target, int degree) => ApplyCnot(a, null, control, target, degree);

    /// <summary>The same CNOT on one or two states in one dispatch (adjoint differentiation un-applies it from psi and lambda).</summary>
    public static void ApplyCnot(Complex[] a, Complex[]? b, int control, int target, int degree)
    {
        long count;
        Action<Complex[], long, long> range;
        if (!Vectorised || a.Length < 8)
        {
            count = a.Length >> 2;
            range = (x, start, end) => ScalarControlled(x, control, target, Matrix2.X, start, end);
        }
        else if (control == 0)
        {
            count = a.Length >> 2;
            range = (x, start, end) => CnotControlZero(ref Doubles(x, 0), target, start, end);
        }
        else if (target == 0)
        {
            count = a.Length >> 2;
            range = (x, start, end) => CnotTargetZero(ref Doubles(x, 0), control, start, end);
        }
        else if (control >= 2 && target >= 2 && Wide)
        {
            count = a.Length >> 4;
            range = (x, start, end) => CnotQuads(ref Doubles(x, 0), control, target, start, end);
        }
        else
        {
            count = a.Length >> 3;
            range = (x, start, end) => CnotUnits(ref Doubles(x, 0), control, target, start, end);
        }

        ForChunks(count, degree, (start, end) =>
        {
            range(a, start, end);
            if (b is not null)
            {
                range(b, start, end);
            }
        });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CnotControlZero(ref double baseRef, int target, long start, long end)
    {
        int bit = target - 1;
        long lowMask = (1L << bit) - 1;
        nuint partner = (nuint)(2L << target);
        for (long p = start; p < end; p++)
        {
            long u = ((p & ~lowMask) << 1) | (p & lowMask);

            // SAFETY: p < 2^n / 4. The odd lane (control = 1) is exchanged between the two units.
            nuint o = (nuint)(4 * u);
            var a = Vector256.LoadUnsafe(ref baseRef, o);
            var b = Vector256.LoadUnsafe(ref baseRef, o + partner);
            Avx.Blend(a, b, 0b1100).StoreUnsafe(ref baseRef, o);
            Avx.Blend(b, a, 0b1100).StoreUnsafe(ref baseRef, o + partner);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CnotTargetZero(ref double baseRef, int control, long start, long end)
    {
        int bit = control - 1;
        long controlBit = 1L << bit;
        for (long p = start; p < end; p++)
        {
            long u = InsertZero(p, bit) | controlBit;

            // SAFETY: p < 2^n / 4; swaps the two amplitudes inside the unit.
            nuint o = (nuint)(4 * u);
            Avx2.Permute4x64(Vector256.LoadUnsafe(ref baseRef, o), 0b01_00_11_10).StoreUnsafe(ref baseRef, o);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CnotUnits(ref double baseRef, int control, int target, long start, long end)
    {
        int lo = Math.Min(control, target) - 1, hi = Math.Max(control, target) - 1;
        long controlBit = 1L << (control - 1);
        nuint partner = (nuint)(2L << target);
        for (long p = start; p < end; p++)
        {
            long u = InsertZero(InsertZero(p, lo), hi) | controlBit;

            // SAFETY: p < 2^n / 8; swaps unit u with its target partner.
            nuint o = (nuint)(4 * u);
            var a = Vector256.LoadUnsafe(ref baseRef, o);
            var b = Vector256.LoadUnsafe(ref baseRef, o + partner);
            b.StoreUnsafe(ref baseRef, o);
            a.StoreUnsafe(ref baseRef, o + partner);
        }
    }

    /// <summary>CNOT inside one aligned region of <paramref name="size"/> amplitudes (both qubits below log2 size; size &gt;= 16).</summary>
    public static void CnotInRegion(ref double region, long size, int control, int target)
    {
        if (control == 0)
        {
            CnotControlZero(ref region, target, 0, size >> 2);
        }
        else if (target == 0)
        {
            CnotTargetZero(ref region, control, 0, size >> 2);
        }
        else if (control >= 2 && target >= 2 && Wide)
        {
            CnotQuads(ref region, control, target, 0, size >> 4);
        }
        else
        {
            CnotUnits(ref region, control, target, 0, size >> 3);
        }
    }
}
