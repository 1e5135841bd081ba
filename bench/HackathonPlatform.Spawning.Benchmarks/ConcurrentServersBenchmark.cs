using System.Diagnostics;
using HackathonPlatform.Notebooks.Benchmarks;

namespace HackathonPlatform.Spawning.Benchmarks;

/// <summary>
/// Twenty group servers started at once on the local backend (hub defaults: warm kernel on): all must reach
/// ready; prints the time until the last one is ready against one lone spawn measured just before, and the memory
/// of the servers with their kernels (PSS, after they settle) per server.
/// </summary>
internal sealed class ConcurrentServersBenchmark : ISpawnBenchmark
{
    private const int Servers = 20;

    public string Name => "concurrent";

    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        // Baseline: a lone spawn (after one uncounted warm-up) on the same machine in the same run.
        await LatencyBenchmark.OursAsync(cancellationToken);
        var lone = await LatencyBenchmark.OursAsync(cancellationToken);

        var clock = Stopwatch.StartNew();
        var readyAt = new double[Servers];
        var starts = Enumerable.Range(0, Servers).Select(async i =>
        {
            var server = await OurServer.SpawnAsync(cancellationToken);
            readyAt[i] = clock.Elapsed.TotalSeconds;
            return server;
        }).ToArray();
        var results = await Task.WhenAll(starts.Select(async t =>
        {
            try
            {
                return (Server: await t, Error: (string?)null);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return (Server: (OurServer?)null, Error: ex.Message);
            }
        }));
        var allReady = clock.Elapsed.TotalSeconds;
        try
        {
            var failures = results.Where(r => r.Error is not null).Select(r => r.Error!).ToArray();
            foreach (var failure in failures.Distinct())
            {
                Console.WriteLine($"  failed to start: {failure}");
            }

            // The warm kernels start after the server answers: let them settle before measuring memory.
            await Task.Delay(TimeSpan.FromSeconds(15), cancellationToken);
            var tree = ProcessTree.Descendants(Environment.ProcessId);
            var serverCount = tree.Count(p => p.CommandLine.Contains("hackathon-notebook-server.dll", StringComparison.Ordinal) && !p.CommandLine.StartsWith("/bin/sh", StringComparison.Ordinal));
            var pss = tree.Sum(p => ProcessTree.PssBytes(p.Pid));
            var ready = results.Count(r => r.Server is not null);
            Console.WriteLine($"  lone spawn-to-ready: {lone:0.00} s");
            Console.WriteLine($"  {ready}/{Servers} ready; first {readyAt.Where(t => t > 0).DefaultIfEmpty().Min():0.00} s, median {Stats.Median([.. readyAt.Where(t => t > 0)]):0.00} s, all {allReady:0.00} s " +
                $"({allReady / lone:0.0}× a lone spawn)");
            Console.WriteLine($"  memory: {tree.Count} processes ({serverCount} servers) with {pss / 1048576.0:0} MiB PSS in all, {pss / 1048576.0 / Math.Max(1, ready):0} MiB per server with its warm kernel");
            return Stats.Verdict($"{Servers} concurrent servers", ready == Servers, $"{ready}/{Servers} ready in {allReady:0.0} s; load average {ProcessTree.LoadAverage()}");
        }
        finally
        {
            await Task.WhenAll(results.Where(r => r.Server is not null).Select(r => r.Server!.DisposeAsync().AsTask()));
        }
    }
}
