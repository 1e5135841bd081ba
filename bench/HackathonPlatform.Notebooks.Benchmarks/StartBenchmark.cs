using System.Diagnostics;

namespace HackathonPlatform.Notebooks.Benchmarks;

/// <summary>
/// Start-to-first-result: spawn a server, start a kernel, get <c>1+1</c> = 2. Ours: LocalProcessSpawner +
/// notebook server (warm C# kernel) + the kernel WebSocket. Theirs: JupyterHub 3.0 (already running, as our hub
/// would be) spawning jupyterhub-singleuser, a python3 kernel started and run through the hub's proxy.
/// Target: ours ≤ 1.5× theirs.
/// </summary>
internal sealed class StartBenchmark : IBenchmark
{
    private const int Rounds = 3;

    public string Name => "start";

    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var ours = new List<double>();
        var theirs = new List<double>();
        await using var hub = await JupyterHubHost.StartAsync(cancellationToken);
        // Round 0 warms the disk cache for both and is not counted.
        for (var round = 0; round <= Rounds; round++)
        {
            var a = await OursAsync(round, cancellationToken);
            var b = await TheirsAsync(hub, $"start{round}", round, cancellationToken);
            if (round > 0)
            {
                ours.Add(a);
                theirs.Add(b);
            }
        }

        var ratio = Stats.Median(ours) / Stats.Median(theirs);
        Console.WriteLine($"  ours (spawn + C# kernel + 1+1): {Stats.Series(ours)}; median {Stats.Median(ours):0.00} s");
        Console.WriteLine($"  JupyterHub (spawn + python3 kernel + 1+1): {Stats.Series(theirs)}; median {Stats.Median(theirs):0.00} s");
        return Stats.Verdict("start-to-first-result", ratio <= 1.5, $"{ratio:0.00}× JupyterHub's (target ≤ 1.5×)");
    }

    private static async Task<double> OursAsync(int round, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var server = await OurServer.SpawnAsync(cancellationToken);
        var spawned = clock.Elapsed.TotalSeconds;
        var kernel = await server.StartKernelAsync(cancellationToken);
        var started = clock.Elapsed.TotalSeconds;
        using var socket = await server.ConnectAsync(kernel, null, cancellationToken);
        Expect("2", await socket.ExecuteAsync("1+1", cancellationToken));
        var total = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"  round {round} ours: ready {spawned:0.00} s, kernel {started - spawned:0.00} s, 1+1 {total - started:0.00} s => {total:0.00} s");
        return total;
    }

    private static async Task<double> TheirsAsync(JupyterHubHost hub, string user, int round, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await hub.SpawnAsync(user, cancellationToken);
        var spawned = clock.Elapsed.TotalSeconds;
        var kernel = await hub.StartKernelAsync(user, cancellationToken);
        var started = clock.Elapsed.TotalSeconds;
        using (var socket = await hub.ConnectAsync(user, kernel, direct: false, cancellationToken))
        {
            Expect("2", await socket.ExecuteAsync("1+1", cancellationToken));
        }

        var total = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"  round {round} JupyterHub: ready {spawned:0.00} s, kernel {started - spawned:0.00} s, 1+1 {total - started:0.00} s => {total:0.00} s");
        await hub.StopServerAsync(user, cancellationToken);
        return total;
    }

    private static void Expect(string expected, string? actual)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"1+1 gave '{actual}', not '{expected}'.");
        }
    }
}
