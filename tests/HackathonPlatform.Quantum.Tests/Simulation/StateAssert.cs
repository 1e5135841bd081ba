using System.Numerics;

namespace HackathonPlatform.Quantum.Tests.Simulation;

/// <summary>Shared helpers: seeded random states and amplitude comparisons.</summary>
public static class StateAssert
{
    public const double Tolerance = 1e-10;

    public static Complex[] RandomState(int qubits, Random rng)
    {
        var a = new Complex[1 << qubits];
        double norm = 0;
        for (int k = 0; k < a.Length; k++)
        {
            a[k] = new Complex(rng.NextDouble() - 0.5, rng.NextDouble() - 0.5);
            norm += a[k].Magnitude * a[k].Magnitude;
        }

        for (int k = 0; k < a.Length; k++)
        {
            a[k] /= Math.Sqrt(norm);
        }

        return a;
    }

    public static void Close(ReadOnlySpan<Complex> expected, ReadOnlySpan<Complex> actual, double tolerance = Tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int k = 0; k < expected.Length; k++)
        {
            double error = (expected[k] - actual[k]).Magnitude;
            Assert.True(error <= tolerance, $"Amplitude {k}: expected {expected[k]}, got {actual[k]} (error {error:E2}).");
        }
    }

    public static double Norm(ReadOnlySpan<Complex> a)
    {
        double sum = 0;
        foreach (var x in a)
        {
            sum += x.Magnitude * x.Magnitude;
        }

        return Math.Sqrt(sum);
    }
}
