using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace HackathonPlatform.Quantum.Simulation;

/// <summary>
/// A 2x2 gate on two units (a, b) of amplitudes. Implemented by small structs whose fields the JIT keeps
/// in registers when a generic kernel is specialised for them: reading the coefficients from a large
/// struct in memory on every iteration was the bottleneck of the first kernels.
/// </summary>
internal interface IPairOp
{
    void Apply(ref Vector256<double> a, ref Vector256<double> b);
}

/// <summary>Gates with real entries (Ry, H, X, real controlled gates): four FMAs per unit pair.</summary>
internal readonly struct RealPairOp(in GateCoefficients g) : IPairOp
{
    private readonly Vector256<double> _r00 = g.R00, _r01 = g.R01, _r10 = g.R10, _r11 = g.R11;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Apply(ref Vector256<double> a, ref Vector256<double> b)
    {
        var na = Fma.MultiplyAdd(_r00, a, _r01 * b);
        b = Fma.MultiplyAdd(_r10, a, _r11 * b);
        a = na;
    }
}

/// <summary>General complex gates: c*x = Re(c) x + (-Im c, Im c) swap(x).</summary>
internal readonly struct ComplexPairOp(in GateCoefficients g) : IPairOp
{
    private readonly Vector256<double> _r00 = g.R00, _i00 = g.I00, _r01 = g.R01, _i01 = g.I01;
    private readonly Vector256<double> _r10 = g.R10, _i10 = g.I10, _r11 = g.R11, _i11 = g.I11;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Apply(ref Vector256<double> a, ref Vector256<double> b)
    {
        var sa = Kernels.SwapReIm(a);
        var sb = Kernels.SwapReIm(b);
        var na = Fma.MultiplyAdd(_r00, a, Fma.MultiplyAdd(_i00, sa, Fma.MultiplyAdd(_r01, b, _i01 * sb)));
        b = Fma.MultiplyAdd(_r10, a, Fma.MultiplyAdd(_i10, sa, Fma.MultiplyAdd(_r11, b, _i11 * sb)));
        a = na;
    }
}
