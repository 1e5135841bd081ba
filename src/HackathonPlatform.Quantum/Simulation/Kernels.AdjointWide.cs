using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace HackathonPlatform.Quantum.Simulation;

// The AVX-512 loops of the fused adjoint step (qubits >= 2 and tile rows); see Kernels.Adjoint.cs.
internal static partial class Kernels
{
    // 512-bit variants: count is still in 256-bit units (Run) or unit pairs (Strided); a quad is two units.
    private static void AdjointDispatchWide<TOp>(AdjointShape shape, ref double pa, ref double pb, ref double la, ref double lb, int q, long count,
        TOp op, GeneratorKind generator, ref Vector256<double> acc)
        where TOp : struct, IPairOp512
    {
        var wideAcc = Vector512<double>.Zero;
        switch (generator)
        {
            case GeneratorKind.PauliX: AdjointLoopWide<TOp, XGenerator>(shape, ref pa, ref pb, ref la, ref lb, q, count >> 1, op, ref wideAcc); break;
            case GeneratorKind.PauliY: AdjointLoopWide<TOp, YGenerator>(shape, ref pa, ref pb, ref la, ref lb, q, count >> 1, op, ref wideAcc); break;
            case GeneratorKind.PauliZ: AdjointLoopWide<TOp, ZGenerator>(shape, ref pa, ref pb, ref la, ref lb, q, count >> 1, op, ref wideAcc); break;
            case GeneratorKind.Projector1: AdjointLoopWide<TOp, Projector1Generator>(shape, ref pa, ref pb, ref la, ref lb, q, count >> 1, op, ref wideAcc); break;
            default: AdjointLoopWide<TOp, NoGenerator>(shape, ref pa, ref pb, ref la, ref lb, q, count >> 1, op, ref wideAcc); break;
        }

        // Lanes keep the (re, im) pattern, so the two halves fold onto the 256-bit accumulator.
        acc += wideAcc.GetLower() + wideAcc.GetUpper();
    }

    private static void AdjointLoopWide<TOp, TGen>(AdjointShape shape, ref double pa, ref double pb, ref double la, ref double lb, int q, long quads, TOp op, ref Vector512<double> acc)
        where TOp : struct, IPairOp512
        where TGen : struct, IGeneratorTerm
    {
        if (shape == AdjointShape.Run)
        {
            AdjointRunWide<TOp, TGen>(ref pa, ref pb, ref la, ref lb, quads, op, ref acc);
        }
        else
        {
            AdjointStridedWide<TOp, TGen>(ref pa, ref la, q, quads, op, ref acc);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AdjointRunWide<TOp, TGen>(ref double pa, ref double pb, ref double la, ref double lb, long quads, TOp op, ref Vector512<double> acc)
        where TOp : struct, IPairOp512
        where TGen : struct, IGeneratorTerm
    {
        var sum = acc;
        for (long t = 0; t < quads; t++)
        {
            // SAFETY: the caller guarantees 4 * quads amplitudes after each of the four references.
            nuint o = (nuint)(8 * t);
            var a = Vector512.LoadUnsafe(ref pa, o);
            var b = Vector512.LoadUnsafe(ref pb, o);
            var va = Vector512.LoadUnsafe(ref la, o);
            var vb = Vector512.LoadUnsafe(ref lb, o);
            TGen.Accumulate(a, b, va, vb, ref sum);
            op.Apply(ref a, ref b);
            op.Apply(ref va, ref vb);
            if (typeof(TOp) != typeof(ReadOnlyPairOp))
            {
                a.StoreUnsafe(ref pa, o);
                b.StoreUnsafe(ref pb, o);
                va.StoreUnsafe(ref la, o);
                vb.StoreUnsafe(ref lb, o);
            }
        }

        acc = sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AdjointStridedWide<TOp, TGen>(ref double psi, ref double lambda, int q, long pairQuads, TOp op, ref Vector512<double> acc)
        where TOp : struct, IPairOp512
        where TGen : struct, IGeneratorTerm
    {
        int shift = q - 2;
        long lowMask = (1L << shift) - 1;
        nuint partner = (nuint)(2L << q);
        var sum = acc;
        for (long p = 0; p < pairQuads; p++)
        {
            long u = ((p & ~lowMask) << 1) | (p & lowMask);

            // SAFETY: p < pair-quads of the block, so quad u and its partner are inside the block.
            nuint o = (nuint)(8 * u);
            var a = Vector512.LoadUnsafe(ref psi, o);
            var b = Vector512.LoadUnsafe(ref psi, o + partner);
            var la = Vector512.LoadUnsafe(ref lambda, o);
            var lb = Vector512.LoadUnsafe(ref lambda, o + partner);
            TGen.Accumulate(a, b, la, lb, ref sum);
            op.Apply(ref a, ref b);
            op.Apply(ref la, ref lb);
            if (typeof(TOp) != typeof(ReadOnlyPairOp))
            {
                a.StoreUnsafe(ref psi, o);
                b.StoreUnsafe(ref psi, o + partner);
                la.StoreUnsafe(ref lambda, o);
                lb.StoreUnsafe(ref lambda, o + partner);
            }
        }

        acc = sum;
    }
}
