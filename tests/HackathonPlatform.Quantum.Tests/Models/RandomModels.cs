using HackathonPlatform.Quantum.Models;

namespace HackathonPlatform.Quantum.Tests.Models;

/// <summary>Seeded random models for property tests.</summary>
public static class RandomModels
{
    public static QuboModel Qubo(int n, int seed, double density = 0.7, bool integerWeights = false)
    {
        var rng = new Random(seed);
        double Draw() => integerWeights ? rng.Next(-20, 21) : (rng.NextDouble() * 20) - 10;
        var b = new QuboBuilder(n).AddOffset(Draw());
        for (int i = 0; i < n; i++)
        {
            b.AddLinear(i, Draw());
            for (int j = i + 1; j < n; j++)
            {
                if (rng.NextDouble() < density)
                {
                    b.AddQuadratic(i, j, Draw());
                }
            }
        }
        return b.Build();
    }

    public static IEnumerable<bool[]> AllAssignments(int n)
    {
        for (long k = 0; k < 1L << n; k++)
        {
            yield return Bitstrings.FromIndex(k, n);
        }
    }
}
