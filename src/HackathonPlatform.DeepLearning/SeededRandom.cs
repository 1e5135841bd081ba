namespace HackathonPlatform.DeepLearning;

/// <summary>The few distributions the shower simulation draws from, on a caller-seeded <see cref="Random"/>.</summary>
internal static class SeededRandom
{
    /// <summary>
    /// A generator for item <paramref name="index"/> of a data set with <paramref name="seed"/>: each image has its
    /// own stream, so images can be rendered in parallel and image i is the same whatever n is.
    /// </summary>
    public static Random ForItem(int seed, int index)
    {
        // SplitMix64 finaliser: neighbouring (seed, index) pairs get unrelated seeds.
        var z = unchecked((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return new Random(unchecked((int)z) & int.MaxValue);
    }

    public static double Uniform(this Random rng, double min, double max) => min + (max - min) * rng.NextDouble();

    public static double LogUniform(this Random rng, double min, double max) =>
        Math.Exp(rng.Uniform(Math.Log(min), Math.Log(max)));

    /// <summary>A standard normal deviate (Box–Muller).</summary>
    public static double Gaussian(this Random rng)
    {
        var u1 = 1.0 - rng.NextDouble(); // in (0, 1]: the logarithm stays finite
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static double Exponential(this Random rng, double mean) => -mean * Math.Log(1.0 - rng.NextDouble());

    /// <summary>A Poisson deviate (Knuth's multiplication method; fine for the small means used here).</summary>
    public static int Poisson(this Random rng, double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var p = rng.NextDouble(); p > limit; p *= rng.NextDouble())
        {
            k++;
        }
        return k;
    }
}
