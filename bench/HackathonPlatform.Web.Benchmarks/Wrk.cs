using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace HackathonPlatform.Web.Benchmarks;

/// <summary>Runs wrk (with --latency) and reads its summary.</summary>
internal static partial class Wrk
{
    public static bool IsInstalled() =>
        Environment.GetEnvironmentVariable("PATH")?.Split(':').Any(d => File.Exists(Path.Combine(d, "wrk"))) == true;

    public static async Task<WrkResult> MeasureAsync(string name, string url, BenchOptions options)
    {
        using (var probe = new HttpClient())
        {
            var response = await probe.GetAsync(url);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}; nothing to measure.");
            }
        }

        await RunAsync(url, options, options.WarmUp);
        var output = await RunAsync(url, options, options.Duration);
        var result = new WrkResult(
            name, url,
            double.Parse(Rps().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Percentile(output, "50%"), Percentile(output, "99%"),
            Errors().Matches(output).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)) +
            (Non2xx().Match(output) is { Success: true } n ? int.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture) : 0));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-24} {result.RequestsPerSecond,10:0} req/s   p50 {result.P50Ms,7:0.00} ms   p99 {result.P99Ms,7:0.00} ms"));
        return result;
    }

    private static async Task<string> RunAsync(string url, BenchOptions options, TimeSpan duration)
    {
        var start = new ProcessStartInfo("wrk", [
            "-t", options.Threads.ToString(CultureInfo.InvariantCulture),
            "-c", options.Connections.ToString(CultureInfo.InvariantCulture),
            "-d", $"{(int)duration.TotalSeconds}s", "--latency", url]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start wrk.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"wrk failed: {output}{await process.StandardError.ReadToEndAsync()}");
    }

    private static double Percentile(string output, string label)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(label)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rps();

    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")]
    private static partial Regex Errors();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xx();
}
