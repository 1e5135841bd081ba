using System.Globalization;

namespace HackathonPlatform.Web.Benchmarks;

/// <summary>Prints each hub target against the bare endpoint with a verdict on the targets.</summary>
internal static class Report
{
    /// <summary>At least this share of the bare endpoint's throughput.</summary>
    public const double MinRatio = 0.25;

    /// <summary>99th percentile latency below this.</summary>
    public const double MaxP99Ms = 50;

    public static void Print(WrkResult baseline, IReadOnlyList<WrkResult> targets)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine($"{"target",-24} {"req/s",10} {"p99 ms",8} {"of bare",8}  verdict (>= {MinRatio:P0} of bare, p99 < {MaxP99Ms} ms)".ToString(c));
        Console.WriteLine(string.Create(c, $"{baseline.Name,-24} {baseline.RequestsPerSecond,10:0} {baseline.P99Ms,8:0.00} {"100%",8}  baseline"));
        foreach (var t in targets)
        {
            var ratio = t.RequestsPerSecond / baseline.RequestsPerSecond;
            var ok = ratio >= MinRatio && t.P99Ms < MaxP99Ms && t.Errors == 0;
            var why = ok ? "PASS" : $"MISS{(ratio < MinRatio ? " (throughput)" : "")}{(t.P99Ms >= MaxP99Ms ? " (p99)" : "")}{(t.Errors > 0 ? $" ({t.Errors} errors)" : "")}";
            Console.WriteLine(string.Create(c, $"{t.Name,-24} {t.RequestsPerSecond,10:0} {t.P99Ms,8:0.00} {ratio,8:P0}  {why}"));
        }
    }
}
