using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace HackathonPlatform.Quantum.Simulation;

/// <summary>A 2x2 gate on two 512-bit units (four amplitudes each); see <see cref="IPairOp"/>.</summary>
internal interface IPairOp512
{
    void Apply(ref Vector512<double> a, ref Vector512<double> b);
}

/// <summary>Real gates on 512-bit units.</summary>
internal readonly struct RealPairOp512(in GateCoefficients g) : IPairOp512
{
    private readonly Vector512<double> _r00 = g.W00R, _r01 = g.W01R, _r10 = g.W10R, _r11 = g.W11R;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Apply(ref Vector512<double> a, ref Vector512<double> b)
    {
        var na = Avx512F.FusedMultiplyAdd(_r00, a, _r01 * b);
        b = Avx512F.FusedMultiplyAdd(_r10, a, _r11 * b);
        a = na;
    }
}

/// <summary>Complex gates on 512-bit units.</summary>
internal readonly struct ComplexPairOp512(in GateCoefficients g) : IPairOp512
{
    private readonly Vector512<double> _r00 = g.W00R, _i00 = g.W00I, _r01 = g.W01R, _i01 = g.W01I;
    private readonly Vector512<double> _r10 = g.W10R, _i10 = g.W10I, _r11 = g.W11R, _i11 = g.W11I;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Apply(ref Vector512<double> a, ref Vector512<double> b)
    {
        var sa = Kernels.SwapReIm(a);
        var sb = Kernels.SwapReIm(b);
        var na = Avx512F.FusedMultiplyAdd(_r00, a, Avx512F.FusedMultiplyAdd(_i00, sa, Avx512F.FusedMultiplyAdd(_r01, b, _i01 * sb)));
        b = Avx512F.FusedMultiplyAdd(_r10, a, Avx512F.FusedMultiplyAdd(_i10, sa, Avx512F.FusedMultiplyAdd(_r11, b, _i11 * sb)));
        a = na;
    }
}
