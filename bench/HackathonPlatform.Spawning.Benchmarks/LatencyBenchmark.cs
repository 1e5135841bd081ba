using System.Diagnostics;
using HackathonPlatform.Notebooks.Benchmarks;

namespace HackathonPlatform.Spawning.Benchmarks;

/// <summary>
/// Spawn-to-ready on one machine. Ours: <see cref="LocalProcessSpawner"/> until the notebook server answers its
/// status (the spawner's Ready, which is when the hub shows the server as ready). Theirs: JupyterHub 3.0 (already up)
/// with SimpleLocalProcessSpawner, from POST /hub/api/users/{name}/server until the REST API says ready.
/// Target: ours ≤ JupyterHub's.
/// </summary>
internal sealed class LatencyBenchmark : ISpawnBenchmark
{
    private const int Rounds = 5;

    public string Name => "latency";

    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var ours = new List<double>();
        var theirs = new List<double>();
        await using var hub = await JupyterHubHost.StartAsync(cancellationToken);
        // Round 0 warms the disk cache and JIT-free paths of both sides and is not counted; the sides alternate.
        for (var round = 0; round <= Rounds; round++)
        {
            var a = await OursAsync(cancellationToken);
            var b = await TheirsAsync(hub, $"spawn{round}", cancellationToken);
            Console.WriteLine($"  round {round}: ours {a:0.00} s, JupyterHub {b:0.00} s{(round == 0 ? " (warm-up)" : "")}");
            if (round > 0)
            {
                ours.Add(a);
                theirs.Add(b);
            }
        }

        var ratio = Stats.Median(ours) / Stats.Median(theirs);
        Console.WriteLine($"  ours (LocalProcessSpawner → /api/status): {Stats.Series(ours)}; median {Stats.Median(ours):0.00} s");
        Console.WriteLine($"  JupyterHub 3.0 (SimpleLocalProcessSpawner, REST): {Stats.Series(theirs)}; median {Stats.Median(theirs):0.00} s");
        return Stats.Verdict("local spawn-to-ready", ratio <= 1.0, $"{ratio:0.00}× JupyterHub's (target ≤ 1.0×); load average {ProcessTree.LoadAverage()}");
    }

    /// <summary>One spawn of ours to ready, stopped afterwards; seconds.</summary>
    public static async Task<double> OursAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var server = await OurServer.SpawnAsync(cancellationToken);
        return clock.Elapsed.TotalSeconds;
    }

    private static async Task<double> TheirsAsync(JupyterHubHost hub, string user, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await hub.SpawnAsync(user, cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        await hub.StopServerAsync(user, cancellationToken);
        return seconds;
    }
}
