using System.Globalization;

namespace HackathonPlatform.Web.Benchmarks;

/// <summary>How hard and how long wrk drives each target.</summary>
internal sealed record BenchOptions(TimeSpan Duration, int Connections, int Threads)
{
    /// <summary>Warm-up before each measurement, so JIT and tiered compilation are done before counting.</summary>
    public TimeSpan WarmUp => TimeSpan.FromSeconds(Math.Max(2, Duration.TotalSeconds / 4));

    public static BenchOptions Parse(string[] args)
    {
        var duration = 10;
        var connections = 50;
        var threads = 2;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--duration": duration = value; break;
                case "--connections": connections = value; break;
                case "--threads": threads = value; break;
                default: throw new ArgumentException($"Unknown option {args[i]} (use --duration, --connections, --threads).");
            }
        }

        return new(TimeSpan.FromSeconds(duration), connections, threads);
    }
}
