using System.Numerics;

namespace HackathonPlatform.Quantum.Simulation;

/// <summary>
/// A 2x2 complex matrix acting on one qubit, in the basis (|0&gt;, |1&gt;): row r, column c is
/// &lt;r|U|c&gt;. Immutable value type; the default value is the zero matrix (not unitary).
/// </summary>
/// <param name="M00">&lt;0|U|0&gt;.</param>
/// <param name="M01">&lt;0|U|1&gt;.</param>
/// <param name="M10">&lt;1|U|0&gt;.</param>
/// <param name="M11">&lt;1|U|1&gt;.</param>
public readonly record struct Matrix2(Complex M00, Complex M01, Complex M10, Complex M11)
{
    private static readonly double InvSqrt2 = 1.0 / Math.Sqrt(2.0);

    /// <summary>The identity.</summary>
    public static Matrix2 Identity => new(1, 0, 0, 1);

    /// <summary>Hadamard: (X + Z)/sqrt(2).</summary>
    public static Matrix2 H => new(InvSqrt2, InvSqrt2, InvSqrt2, -InvSqrt2);

    /// <summary>Pauli X (bit flip).</summary>
    public static Matrix2 X => new(0, 1, 1, 0);

    /// <summary>Pauli Y = [[0, -i], [i, 0]].</summary>
    public static Matrix2 Y => new(0, -Complex.ImaginaryOne, Complex.ImaginaryOne, 0);

    /// <summary>Pauli Z (phase flip).</summary>
    public static Matrix2 Z => new(1, 0, 0, -1);

    /// <summary>S = diag(1, i) = sqrt(Z).</summary>
    public static Matrix2 S => new(1, 0, 0, Complex.ImaginaryOne);

    /// <summary>S-dagger = diag(1, -i).</summary>
    public static Matrix2 Sdg => new(1, 0, 0, -Complex.ImaginaryOne);

    /// <summary>T = diag(1, exp(i pi/4)).</summary>
    public static Matrix2 T => Phase(Math.PI / 4);

    /// <summary>T-dagger = diag(1, exp(-i pi/4)).</summary>
    public static Matrix2 Tdg => Phase(-Math.PI / 4);

    /// <summary>Rx(theta) = exp(-i theta X / 2); theta in radians.</summary>
    /// <param name="theta">Rotation angle in radians.</param>
    public static Matrix2 Rx(double theta)
    {
        var (s, c) = Math.SinCos(theta / 2);
        return new(c, new Complex(0, -s), new Complex(0, -s), c);
    }

    /// <summary>Ry(theta) = exp(-i theta Y / 2) = [[cos, -sin], [sin, cos]] of theta/2; radians.</summary>
    /// <param name="theta">Rotation angle in radians.</param>
    public static Matrix2 Ry(double theta)
    {
        var (s, c) = Math.SinCos(theta / 2);
        return new(c, -s, s, c);
    }

    /// <summary>Rz(theta) = exp(-i theta Z / 2) = diag(exp(-i theta/2), exp(i theta/2)); radians.</summary>
    /// <param name="theta">Rotation angle in radians.</param>
    public static Matrix2 Rz(double theta) =>
        new(Complex.FromPolarCoordinates(1, -theta / 2), 0, 0, Complex.FromPolarCoordinates(1, theta / 2));

    /// <summary>Phase(phi) = diag(1, exp(i phi)); equals Rz(phi) up to the global phase exp(i phi/2).</summary>
    /// <param name="phi">Phase in radians.</param>
    public static Matrix2 Phase(double phi) => new(1, 0, 0, Complex.FromPolarCoordinates(1, phi));

    /// <summary>The rotation exp(-i theta P / 2) about the given Pauli axis.</summary>
    /// <param name="axis">X, Y or Z.</param>
    /// <param name="theta">Rotation angle in radians.</param>
    /// <exception cref="ArgumentOutOfRangeException">The axis is not X, Y or Z.</exception>
    public static Matrix2 Rotation(PauliAxis axis, double theta) => axis switch
    {
        PauliAxis.X => Rx(theta),
        PauliAxis.Y => Ry(theta),
        PauliAxis.Z => Rz(theta),
        _ => throw new ArgumentOutOfRangeException(nameof(axis), axis, "The axis must be X, Y or Z."),
    };

    /// <summary>The Pauli matrix of an axis.</summary>
    /// <param name="axis">X, Y or Z.</param>
    /// <exception cref="ArgumentOutOfRangeException">The axis is not X, Y or Z.</exception>
    public static Matrix2 Pauli(PauliAxis axis) => axis switch
    {
        PauliAxis.X => X,
        PauliAxis.Y => Y,
        PauliAxis.Z => Z,
        _ => throw new ArgumentOutOfRangeException(nameof(axis), axis, "The axis must be X, Y or Z."),
    };

    /// <summary>The conjugate transpose (the inverse, for a unitary).</summary>
    public Matrix2 Adjoint() =>
        new(Complex.Conjugate(M00), Complex.Conjugate(M10), Complex.Conjugate(M01), Complex.Conjugate(M11));

    /// <summary>The product <paramref name="left"/> * <paramref name="right"/> (apply right first).</summary>
    /// <param name="left">Applied second.</param>
    /// <param name="right">Applied first.</param>
    public static Matrix2 operator *(Matrix2 left, Matrix2 right) => new(
        (left.M00 * right.M00) + (left.M01 * right.M10),
        (left.M00 * right.M01) + (left.M01 * right.M11),
        (left.M10 * right.M00) + (left.M11 * right.M10),
        (left.M10 * right.M01) + (left.M11 * right.M11));

    /// <summary>The product, for languages without operator overloading.</summary>
    /// <param name="left">Applied second.</param>
    /// <param name="right">Applied first.</param>
    public static Matrix2 Multiply(Matrix2 left, Matrix2 right) => left * right;

    /// <summary>True when U†U equals the identity within <paramref name="tolerance"/> (max entry error).</summary>
    /// <param name="tolerance">Largest accepted entry error; defaults to <see cref="SimulationTolerance.Unitarity"/>.</param>
    public bool IsUnitary(double tolerance = SimulationTolerance.Unitarity)
    {
        var p = Adjoint() * this;
        return Complex.Abs(p.M00 - 1) <= tolerance && Complex.Abs(p.M11 - 1) <= tolerance
            && Complex.Abs(p.M01) <= tolerance && Complex.Abs(p.M10) <= tolerance;
    }

    /// <summary>True when both off-diagonal entries are exactly zero (a phase-only gate).</summary>
    public bool IsDiagonal => M01 == Complex.Zero && M10 == Complex.Zero;
}
