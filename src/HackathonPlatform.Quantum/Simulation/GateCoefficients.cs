using System.Numerics;
using System.Runtime.Intrinsics;

namespace HackathonPlatform.Quantum.Simulation;

/// <summary>
/// A 2x2 gate unpacked into SIMD constants. Amplitudes are (re, im) double pairs, so a Vector256
/// holds two amplitudes (lanes 0 and 1); a complex product c*x is Re(c)*x + (-Im c, Im c)*swap(x).
/// Lane 0 (even index) uses <see cref="Even"/>, lane 1 (odd index) <see cref="Odd"/>: a gate controlled
/// by qubit 0 is the identity on even lanes and the gate on odd ones.
/// </summary>
internal readonly struct GateCoefficients
{
    public readonly Matrix2 Even;
    public readonly Matrix2 Odd;

    /// <summary>True when every entry of both matrices is real (the imaginary vectors are all zero).</summary>
    public readonly bool IsReal;

    // Pair form: a' = m00 a + m01 b, b' = m10 a + m11 b with a, b two amplitudes per vector.
    public readonly Vector256<double> R00, I00, R01, I01, R10, I10, R11, I11;

    // Adjacent form (target qubit 0): one vector = (a, b); out = C0 * (a, a) + C1 * (b, b).
    public readonly Vector256<double> C0R, C0I, C1R, C1I;

    // 512-bit forms: four amplitudes per vector, lanes (even, odd, even, odd).
    public readonly Vector512<double> W00R, W00I, W01R, W01I, W10R, W10I, W11R, W11I;

    public GateCoefficients(Matrix2 m)
        : this(m, m)
    {
    }

    public GateCoefficients(Matrix2 even, Matrix2 odd)
    {
        Even = even;
        Odd = odd;
        (R00, I00) = Lanes(even.M00, odd.M00);
        (R01, I01) = Lanes(even.M01, odd.M01);
        (R10, I10) = Lanes(even.M10, odd.M10);
        (R11, I11) = Lanes(even.M11, odd.M11);
        (C0R, C0I) = Lanes(even.M00, even.M10);
        (C1R, C1I) = Lanes(even.M01, even.M11);
        IsReal = IsRealMatrix(even) && IsRealMatrix(odd);
        (W00R, W00I) = Wide(R00, I00);
        (W01R, W01I) = Wide(R01, I01);
        (W10R, W10I) = Wide(R10, I10);
        (W11R, W11I) = Wide(R11, I11);
    }

    private static (Vector512<double> Re, Vector512<double> Im) Wide(Vector256<double> re, Vector256<double> im) =>
        (Vector512.Create(re, re), Vector512.Create(im, im));

    private static bool IsRealMatrix(Matrix2 m) =>
        m.M00.Imaginary == 0 && m.M01.Imaginary == 0 && m.M10.Imaginary == 0 && m.M11.Imaginary == 0;

    private static (Vector256<double> Re, Vector256<double> Im) Lanes(Complex lane0, Complex lane1) =>
        (Vector256.Create(lane0.Real, lane0.Real, lane1.Real, lane1.Real),
         Vector256.Create(-lane0.Imaginary, lane0.Imaginary, -lane1.Imaginary, lane1.Imaginary));
}
