using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using F = System.Runtime.Intrinsics.X86.Avx512F;

namespace HackathonPlatform.Quantum.Simulation;

/// <summary>
/// Accumulates one unit pair's share of &lt;lambda|G|psi&gt; for a single-qubit generator G, in the lane
/// form that <see cref="Kernels.AdjointFused"/> reduces at the end (see there). Structs, so the
/// kernels specialise per generator with no branch in the loop.
/// </summary>
internal interface IGeneratorTerm
{
    static abstract void Accumulate(Vector256<double> a, Vector256<double> b, Vector256<double> la, Vector256<double> lb, ref Vector256<double> acc);

    static abstract void Accumulate(Vector512<double> a, Vector512<double> b, Vector512<double> la, Vector512<double> lb, ref Vector512<double> acc);
}

/// <summary>No parameter: nothing to read.</summary>
internal readonly struct NoGenerator : IGeneratorTerm
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Accumulate(Vector256<double> a, Vector256<double> b, Vector256<double> la, Vector256<double> lb, ref Vector256<double> acc)
    {
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Accumulate(Vector512<double> a, Vector512<double> b, Vector512<double> la, Vector512<double> lb, ref Vector512<double> acc)
    {
    }
}

/// <summary>X: Im z = Im(conj(la) b) + Im(conj(lb) a).</summary>
internal readonly struct XGenerator : IGeneratorTerm
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Accumulate(Vector256<double> a, Vector256<double> b, Vector256<double> la, Vector256<double> lb, ref Vector256<double> acc) =>
        acc = Fma.MultiplyAdd(la, Kernels.SwapReIm(b), Fma.MultiplyAdd(lb, Kernels.SwapReIm(a), acc));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Accumulate(Vector512<double> a, Vector512<double> b, Vector512<double> la, Vector512<double> lb, ref Vector512<double> acc) =>
        acc = F.FusedMultiplyAdd(la, Kernels.SwapReIm(b), F.FusedMultiplyAdd(lb, Kernels.SwapReIm(a), acc));
}

/// <summary>Y: Im z = Re(conj(lb) a) - Re(conj(la) b) (a plain lane sum).</summary>
internal readonly struct YGenerator : IGeneratorTerm
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Accumulate(Vector256<double> a, Vector256<double> b, Vector256<double> la, Vector256<double> lb, ref Vector256<double> acc) =>
        acc = Fma.MultiplyAdd(lb, a, Fma.MultiplyAddNegated(la, b, acc));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Accumulate(Vector512<double> a, Vector512<double> b, Vector512<double> la, Vector512<double> lb, ref Vector512<double> acc) =>
        acc = F.FusedMultiplyAdd(lb, a, F.FusedMultiplyAddNegated(la, b, acc));
}

/// <summary>Z: Im z = Im(conj(la) a) - Im(conj(lb) b).</summary>
internal readonly struct ZGenerator : IGeneratorTerm
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Accumulate(Vector256<double> a, Vector256<double> b, Vector256<double> la, Vector256<double> lb, ref Vector256<double> acc) =>
        acc = Fma.MultiplyAdd(la, Kernels.SwapReIm(a), Fma.MultiplyAddNegated(lb, Kernels.SwapReIm(b), acc));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Accumulate(Vector512<double> a, Vector512<double> b, Vector512<double> la, Vector512<double> lb, ref Vector512<double> acc) =>
        acc = F.FusedMultiplyAdd(la, Kernels.SwapReIm(a), F.FusedMultiplyAddNegated(lb, Kernels.SwapReIm(b), acc));
}

/// <summary>|1&gt;&lt;1|: Im z = Im(conj(lb) b).</summary>
internal readonly struct Projector1Generator : IGeneratorTerm
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Accumulate(Vector256<double> a, Vector256<double> b, Vector256<double> la, Vector256<double> lb, ref Vector256<double> acc) =>
        acc = Fma.MultiplyAdd(lb, Kernels.SwapReIm(b), acc);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Accumulate(Vector512<double> a, Vector512<double> b, Vector512<double> la, Vector512<double> lb, ref Vector512<double> acc) =>
        acc = F.FusedMultiplyAdd(lb, Kernels.SwapReIm(b), acc);
}
