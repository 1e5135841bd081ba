using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HackathonPlatform.Quantum.Simulation;

// Diagonal observables and phases (QAOA cost layers). Ranges [start, end) of amplitude indices, so
// array callers can split them over threads; span callers run them in one piece.
internal static partial class Kernels
{
    /// <summary>a[k] *= exp(-i gamma d[k]) for k in [start, end); sines and cosines four at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void DiagonalPhase(Complex[] a, ReadOnlySpan<double> diagonal, double gamma, long start, long end)
    {
        long k = start;
        if (Vector256.IsHardwareAccelerated)
        {
            var minusGamma = Vector256.Create(-gamma);
            ref double d = ref MemoryMarshal.GetReference(diagonal);
            for (; k + 4 <= end; k += 4)
            {
                // SAFETY: k + 4 <= end <= diagonal.Length == a.Length (checked by the caller).
                var (s, c) = Vector256.SinCos(minusGamma * Vector256.LoadUnsafe(ref d, (nuint)k));
                for (int j = 0; j < 4; j++)
                {
                    a[k + j] *= new Complex(c.GetElement(j), s.GetElement(j));
                }
            }
        }

        for (; k < end; k++)
        {
            var (s, c) = Math.SinCos(-gamma * diagonal[(int)k]);
            a[k] *= new Complex(c, s);
        }
    }

    /// <summary>sum |a[k]|^2 d[k] for k in [start, end).</summary>
    public static double ExpectationDiagonal(Complex[] a, ReadOnlySpan<double> diagonal, long start, long end)
    {
        double sum = 0;
        for (long k = start; k < end; k++)
        {
            sum += ((a[k].Real * a[k].Real) + (a[k].Imaginary * a[k].Imaginary)) * diagonal[(int)k];
        }

        return sum;
    }

    /// <summary>Runs a partial sum over [0, count) in chunks (threads when degree &gt; 1) and adds the parts.</summary>
    public static double SumChunks(long count, int degree, Func<long, long, double> part)
    {
        double total = 0;
        var gate = new object();
        ForChunks(count, degree, (start, end) =>
        {
            double local = part(start, end);
            lock (gate)
            {
                total += local;
            }
        });
        return total;
    }
}
