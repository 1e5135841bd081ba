namespace HackathonPlatform.Notebooks.Benchmarks;

/// <summary>Medians and verdict lines; medians because this 2-core machine is shared and noisy.</summary>
internal static class Stats
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public static string Series(IEnumerable<double> values, string unit = "s", string format = "0.00") =>
        string.Join(", ", values.Select(v => v.ToString(format, System.Globalization.CultureInfo.InvariantCulture) + unit));

    /// <summary>Prints "VERDICT: what (ours vs theirs = ratio, target)" and returns whether the target is met.</summary>
    public static bool Verdict(string what, bool met, string detail)
    {
        Console.WriteLine($"  {(met ? "PASS" : "FAIL")}: {what}: {detail}");
        return met;
    }
}
