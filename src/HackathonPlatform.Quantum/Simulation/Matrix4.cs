using System.Numerics;

namespace HackathonPlatform.Quantum.Simulation;

/// <summary>
/// A 4x4 complex matrix acting on an ordered qubit pair (q0, q1). Basis index b = b0 + 2*b1, where
/// b0 is the value of q0 and b1 the value of q1 (the same little-endian convention as
/// <see cref="StateVector"/>): row r, column c is &lt;r|U|c&gt;. Immutable; the entries are copied in.
/// </summary>
public readonly struct Matrix4 : IEquatable<Matrix4>
{
    private readonly Complex[]? _entries;

    /// <summary>Creates a matrix from 16 entries in row-major order.</summary>
    /// <param name="rowMajor">Exactly 16 entries: row 0 first.</param>
    /// <exception cref="ArgumentException">Not exactly 16 entries.</exception>
    public Matrix4(ReadOnlySpan<Complex> rowMajor)
    {
        if (rowMajor.Length != 16)
        {
            throw new ArgumentException($"A 4x4 matrix needs 16 entries, got {rowMajor.Length}.", nameof(rowMajor));
        }

        _entries = rowMajor.ToArray();
    }

    /// <summary>Entry &lt;row|U|column&gt;; the default matrix is all zeros.</summary>
    /// <param name="row">0..3.</param>
    /// <param name="column">0..3.</param>
    public Complex this[int row, int column] => _entries is null ? Complex.Zero : _entries[(row * 4) + column];

    /// <summary>The identity.</summary>
    public static Matrix4 Identity => Tensor(Matrix2.Identity, Matrix2.Identity);

    /// <summary>CNOT with control q0 and target q1 (in this matrix's own basis order).</summary>
    public static Matrix4 CnotControlQ0 => FromFunc((r, c) => (c & 1) == 0 ? (r == c ? 1 : 0) : (r == (c ^ 2) ? 1 : 0));

    /// <summary>The Kronecker product acting as <paramref name="onQ1"/> on q1 and <paramref name="onQ0"/> on q0.</summary>
    /// <param name="onQ1">The gate on the second qubit of the pair (bit 1 of the basis index).</param>
    /// <param name="onQ0">The gate on the first qubit of the pair (bit 0 of the basis index).</param>
    public static Matrix4 Tensor(Matrix2 onQ1, Matrix2 onQ0) =>
        FromFunc((r, c) => Entry(onQ1, r >> 1, c >> 1) * Entry(onQ0, r & 1, c & 1));

    /// <summary>The controlled version of <paramref name="u"/>: control q0, target q1.</summary>
    /// <param name="u">The gate applied to q1 when q0 is 1.</param>
    public static Matrix4 ControlledOnQ0(Matrix2 u) =>
        FromFunc((r, c) => (r & 1) != (c & 1) ? Complex.Zero
            : (c & 1) == 0 ? (r == c ? 1 : 0) : Entry(u, r >> 1, c >> 1));

    /// <summary>The conjugate transpose.</summary>
    public Matrix4 Adjoint()
    {
        var m = this;
        return FromFunc((r, c) => Complex.Conjugate(m[c, r]));
    }

    /// <summary>The product <paramref name="left"/> * <paramref name="right"/> (apply right first).</summary>
    /// <param name="left">Applied second.</param>
    /// <param name="right">Applied first.</param>
    public static Matrix4 operator *(Matrix4 left, Matrix4 right) => FromFunc((r, c) =>
    {
        Complex sum = 0;
        for (int k = 0; k < 4; k++)
        {
            sum += left[r, k] * right[k, c];
        }

        return sum;
    });

    /// <summary>The product, for languages without operator overloading.</summary>
    /// <param name="left">Applied second.</param>
    /// <param name="right">Applied first.</param>
    public static Matrix4 Multiply(Matrix4 left, Matrix4 right) => left * right;

    /// <summary>True when U†U equals the identity within <paramref name="tolerance"/> (max entry error).</summary>
    /// <param name="tolerance">Largest accepted entry error.</param>
    public bool IsUnitary(double tolerance = SimulationTolerance.Unitarity)
    {
        var p = Adjoint() * this;
        for (int r = 0; r < 4; r++)
        {
            for (int c = 0; c < 4; c++)
            {
                if (Complex.Abs(p[r, c] - (r == c ? 1 : 0)) > tolerance)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Builds a matrix from a function of (row, column).</summary>
    /// <param name="entry">Returns &lt;row|U|column&gt;.</param>
    public static Matrix4 FromFunc(Func<int, int, Complex> entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Span<Complex> e = stackalloc Complex[16];
        for (int r = 0; r < 4; r++)
        {
            for (int c = 0; c < 4; c++)
            {
                e[(r * 4) + c] = entry(r, c);
            }
        }

        return new Matrix4(e);
    }

    /// <inheritdoc/>
    public bool Equals(Matrix4 other)
    {
        for (int r = 0; r < 4; r++)
        {
            for (int c = 0; c < 4; c++)
            {
                if (this[r, c] != other[r, c])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Matrix4 m && Equals(m);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(this[0, 0], this[1, 1], this[2, 2], this[3, 3]);

    /// <summary>Entry-wise equality.</summary>
    /// <param name="left">First matrix.</param>
    /// <param name="right">Second matrix.</param>
    public static bool operator ==(Matrix4 left, Matrix4 right) => left.Equals(right);

    /// <summary>Entry-wise inequality.</summary>
    /// <param name="left">First matrix.</param>
    /// <param name="right">Second matrix.</param>
    public static bool operator !=(Matrix4 left, Matrix4 right) => !left.Equals(right);

    private static Complex Entry(Matrix2 m, int r, int c) => (r, c) switch
    {
        (0, 0) => m.M00,
        (0, 1) => m.M01,
        (1, 0) => m.M10,
        _ => m.M11,
    };
}
