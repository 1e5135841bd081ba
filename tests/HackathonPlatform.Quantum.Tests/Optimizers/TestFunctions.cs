using HackathonPlatform.Quantum.Optimizers;

namespace HackathonPlatform.Quantum.Tests.Optimizers;

public static class TestFunctions
{
    /// <summary>Rosenbrock's valley, minimum 0 at (1, 1).</summary>
    public static Objective Rosenbrock() => new(
        2,
        x => Rosen(x),
        (x, g) =>
        {
            g[0] = (-2 * (1 - x[0])) - (400 * x[0] * (x[1] - (x[0] * x[0])));
            g[1] = 200 * (x[1] - (x[0] * x[0]));
            return Rosen(x);
        });

    /// <summary>Σ (i+1)(x_i − 1)², minimum 0 at (1, …, 1): an ill-conditioned bowl.</summary>
    public static Objective Bowl(int d) => new(
        d,
        x => x.Select((v, i) => (i + 1) * (v - 1) * (v - 1)).Sum(),
        (x, g) =>
        {
            for (int i = 0; i < d; i++)
            {
                g[i] = 2 * (i + 1) * (x[i] - 1);
            }
            return x.Select((v, i) => (i + 1) * (v - 1) * (v - 1)).Sum();
        });

    private static double Rosen(double[] x) => ((1 - x[0]) * (1 - x[0])) + (100 * (x[1] - (x[0] * x[0])) * (x[1] - (x[0] * x[0])));
}
