using System.Diagnostics;

namespace HackathonPlatform.Notebooks.Benchmarks;

/// <summary>
/// Cell round-trip latency (<c>1</c> over the kernel WebSocket) directly to the server and through the proxy:
/// ours (a YARP forwarder with the hub's transform, in this process) and JupyterHub's configurable-http-proxy.
/// The two sides run one after the other, never at once, on this 2-core machine. Target: our overhead ≤ theirs.
/// </summary>
internal sealed class ProxyBenchmark : IBenchmark
{
    private const int Warmup = 20;
    private const int Blocks = 5;
    private const int PerBlock = 20;

    public string Name => "proxy";

    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        (List<double> Direct, List<double> Proxied) ours, theirs;
        await using (var server = await OurServer.SpawnAsync(cancellationToken))
        await using (var forwarder = await TokenForwarder.StartAsync(server.Endpoint.Url, server.Endpoint.Token))
        {
            var kernel = await server.StartKernelAsync(cancellationToken);
            using var direct = await server.ConnectAsync(kernel, null, cancellationToken);
            using var proxied = await server.ConnectAsync(kernel, forwarder.Origin, cancellationToken);
            ours = await MeasureAsync(c => direct.ExecuteAsync("1", c), c => proxied.ExecuteAsync("1", c), cancellationToken);
        }

        await using (var hub = await JupyterHubHost.StartAsync(cancellationToken))
        {
            await hub.SpawnAsync("proxy", cancellationToken);
            var kernel = await hub.StartKernelAsync("proxy", cancellationToken);
            using var direct = await hub.ConnectAsync("proxy", kernel, direct: true, cancellationToken);
            using var proxied = await hub.ConnectAsync("proxy", kernel, direct: false, cancellationToken);
            theirs = await MeasureAsync(c => direct.ExecuteAsync("1", c), c => proxied.ExecuteAsync("1", c), cancellationToken);
        }

        var ourOverhead = Report("ours (YARP forwarder)", ours);
        var theirOverhead = Report("JupyterHub (configurable-http-proxy)", theirs);
        return Stats.Verdict("proxy overhead per cell round trip", ourOverhead <= theirOverhead, $"ours {ourOverhead:0.00} ms vs JupyterHub's {theirOverhead:0.00} ms (target: ours ≤ theirs)");
    }

    private static async Task<(List<double> Direct, List<double> Proxied)> MeasureAsync(Func<CancellationToken, Task<string?>> direct, Func<CancellationToken, Task<string?>> proxied, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Warmup; i++)
        {
            await direct(cancellationToken);
            await proxied(cancellationToken);
        }

        var (a, b) = (new List<double>(), new List<double>());
        // Blocks alternate so that load changes on the shared machine hit both paths alike.
        for (var block = 0; block < Blocks; block++)
        {
            foreach (var (run, into) in new[] { (direct, a), (proxied, b) })
            {
                for (var i = 0; i < PerBlock; i++)
                {
                    var clock = Stopwatch.StartNew();
                    await run(cancellationToken);
                    into.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        }

        return (a, b);
    }

    private static double Report(string name, (List<double> Direct, List<double> Proxied) samples)
    {
        var overhead = Stats.Median(samples.Proxied) - Stats.Median(samples.Direct);
        Console.WriteLine($"  {name}: direct median {Stats.Median(samples.Direct):0.00} ms (p90 {Stats.Percentile(samples.Direct, 0.9):0.00}), " +
            $"proxied median {Stats.Median(samples.Proxied):0.00} ms (p90 {Stats.Percentile(samples.Proxied, 0.9):0.00}), overhead {overhead:0.00} ms");
        return overhead;
    }
}
