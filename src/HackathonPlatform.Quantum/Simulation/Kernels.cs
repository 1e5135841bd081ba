using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace HackathonPlatform.Quantum.Simulation;

/// <summary>
/// The state-vector kernels. All take the raw amplitude array (length 2^n, qubit q = bit q of the
/// index) and a degree of parallelism (1 = this thread only). Callers validate qubits first: the
/// kernels index without bounds checks.
/// </summary>
internal static partial class Kernels
{
    // Chunk boundaries are multiples of this, so every chunk starts on an even index (lane 0 of a vector).
    private const int ChunkAlignment = 64;

    /// <summary>
    /// Runs body over [0, count) split into aligned chunks on up to <paramref name="degree"/> threads.
    /// Four chunks per thread rather than one: on a shared machine a descheduled worker would otherwise
    /// hold up the whole gate, while with spare chunks the other threads take over its share.
    /// </summary>
    public static void ForChunks(long count, int degree, Action<long, long> body, int alignment = ChunkAlignment)
    {
        if (degree <= 1 || count < (long)alignment * degree)
        {
            body(0, count);
            return;
        }

        int chunks = (int)Math.Min(degree * 4L, count / alignment);
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = degree }, c =>
        {
            long start = count * c / chunks / alignment * alignment;
            long end = c == chunks - 1 ? count : count * (c + 1) / chunks / alignment * alignment;
            body(start, end);
        });
    }

    /// <summary>Inserts a zero bit at position <paramref name="bit"/> of <paramref name="x"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long InsertZero(long x, int bit)
    {
        long low = x & ((1L << bit) - 1);
        return ((x - low) << 1) | low;
    }

    /// <summary>swap(re, im) within each amplitude of the vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> SwapReIm(Vector256<double> v) =>
        Avx.IsSupported ? Avx.Permute(v, 0b0101) : Vector256.Shuffle(v, Vector256.Create(1L, 0L, 3L, 2L));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref double Doubles(Complex[] amplitudes, long index) =>
        ref Unsafe.As<Complex, double>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(amplitudes), (nint)index));

    public static double NormSquared(Complex[] a)
    {
        double sum = 0;
        foreach (var x in a)
        {
            sum += (x.Real * x.Real) + (x.Imaginary * x.Imaginary);
        }

        return sum;
    }

    public static Complex InnerProduct(Complex[] bra, Complex[] ket)
    {
        double re = 0, im = 0;
        for (int k = 0; k < bra.Length; k++)
        {
            // conj(b) * k = (br - i bi)(kr + i ki)
            re += (bra[k].Real * ket[k].Real) + (bra[k].Imaginary * ket[k].Imaginary);
            im += (bra[k].Real * ket[k].Imaginary) - (bra[k].Imaginary * ket[k].Real);
        }

        return new Complex(re, im);
    }

    public static double ExpectationZTerms(Complex[] a, PauliTerm[] terms)
    {
        var masks = terms.Select(t => t.Operator.ZMask).ToArray();
        var coefficients = terms.Select(t => t.Coefficient).ToArray();
        double sum = 0;
        for (int k = 0; k < a.Length; k++)
        {
            double p = (a[k].Real * a[k].Real) + (a[k].Imaginary * a[k].Imaginary);
            double d = 0;
            for (int t = 0; t < masks.Length; t++)
            {
                d += (BitOperations.PopCount((ulong)k & masks[t]) & 1) == 0 ? coefficients[t] : -coefficients[t];
            }

            sum += p * d;
        }

        return sum;
    }

    /// <summary>&lt;psi|P|psi&gt; = sum_k conj(a[k ^ x]) phase(k) a[k].</summary>
    public static Complex ExpectationPauli(Complex[] a, PauliString p)
    {
        long x = (long)p.XMask;
        ulong z = p.ZMask;
        Complex sum = 0;
        for (long k = 0; k < a.Length; k++)
        {
            Complex term = Complex.Conjugate(a[k ^ x]) * a[k];
            sum += (BitOperations.PopCount((ulong)k & z) & 1) == 0 ? term : -term;
        }

        return sum * p.YPhase;
    }

    /// <summary>target[k ^ x] += coefficient * phase(k) * source[k]: accumulates coefficient * P|source&gt;.</summary>
    public static void AccumulatePauli(Complex[] source, Complex[] target, PauliString p, double coefficient)
    {
        long x = (long)p.XMask;
        ulong z = p.ZMask;
        Complex c = coefficient * p.YPhase;
        for (long k = 0; k < source.Length; k++)
        {
            Complex term = c * source[k];
            target[k ^ x] += (BitOperations.PopCount((ulong)k & z) & 1) == 0 ? term : -term;
        }
    }

    public static void Swap(Complex[] a, int q0, int q1)
    {
        int lo = Math.Min(q0, q1), hi = Math.Max(q0, q1);
        long quarter = a.Length >> 2;
        long b0 = 1L << q0, b1 = 1L << q1;
        for (long p = 0; p < quarter; p++)
        {
            long i = InsertZero(InsertZero(p, lo), hi);
            (a[i | b0], a[i | b1]) = (a[i | b1], a[i | b0]);
        }
    }

    public static void ApplyMatrix4(Complex[] a, int q0, int q1, Matrix4 u, int degree)
    {
        int lo = Math.Min(q0, q1), hi = Math.Max(q0, q1);
        long b0 = 1L << q0, b1 = 1L << q1;
        var m = new Complex[16];
        for (int r = 0; r < 4; r++)
        {
            for (int c = 0; c < 4; c++)
            {
                m[(r * 4) + c] = u[r, c];
            }
        }

        ForChunks(a.Length >> 2, degree, (start, end) =>
        {
            Span<Complex> v = stackalloc Complex[4];
            Span<long> idx = stackalloc long[4];
            for (long p = start; p < end; p++)
            {
                long i = InsertZero(InsertZero(p, lo), hi);
                idx[0] = i;
                idx[1] = i | b0;
                idx[2] = i | b1;
                idx[3] = i | b0 | b1;
                for (int r = 0; r < 4; r++)
                {
                    v[r] = a[idx[r]];
                }

                for (int r = 0; r < 4; r++)
                {
                    a[idx[r]] = (m[r * 4] * v[0]) + (m[(r * 4) + 1] * v[1]) + (m[(r * 4) + 2] * v[2]) + (m[(r * 4) + 3] * v[3]);
                }
            }
        });
    }
}
