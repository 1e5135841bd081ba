using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Notebooks.Benchmarks;
using HackathonPlatform.Web.Benchmarks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Spawning.Benchmarks;

/// <summary>
/// Fifty concurrent allocation requests (POST /api/servers/{owner}/start, the hub's way of asking for a server)
/// against the real hub in this process (SQLite, demo hackathon with its sample groups, local backend), ten for each
/// of the demo's five groups, so that concurrent starts of the same owner race. Target: every request answered 200,
/// every group's server ready, and exactly one server process per group (none started twice). Baseline: one lone
/// start request of the same hub, measured first.
/// </summary>
internal sealed class AllocationBenchmark : ISpawnBenchmark
{
    private const int Requests = 50;
    private const string AdminPassword = "bench-admin-password-1";

    public string Name => "allocate";

    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        await using var hub = await HubHost.StartAsync(new Dictionary<string, string?>
        {
            ["Hub:SeedSampleParticipants"] = "true",
            ["Hub:AdminPassword"] = AdminPassword,
            // Servers end with this process whatever happens to the benchmark.
            ["Servers:ExitWithHub"] = "true",
            ["Servers:IdleMinutes"] = "0",
        });
        using var http = await HubSession.SignInAsync(hub.Url, "admin@hackathon.local", AdminPassword, cancellationToken);
        var owners = await GroupOwnersAsync(hub, cancellationToken);
        try
        {
            // Baseline: one request alone, its server to ready, stopped again; the first of two cycles only warms
            // the hub (JIT, first queries) and is not counted.
            var (loneRequest, loneReady) = (0.0, 0.0);
            for (var cycle = 0; cycle < 2; cycle++)
            {
                var lone = Stopwatch.StartNew();
                (await http.PostAsync($"/api/servers/{owners[0]}/start", null, cancellationToken)).EnsureSuccessStatusCode();
                loneRequest = lone.Elapsed.TotalMilliseconds;
                await WaitReadyAsync(http, [owners[0]], cancellationToken);
                loneReady = lone.Elapsed.TotalSeconds;
                (await http.PostAsync($"/api/servers/{owners[0]}/stop", null, cancellationToken)).EnsureSuccessStatusCode();
            }

            var clock = Stopwatch.StartNew();
            var requests = Enumerable.Range(0, Requests).Select(async i =>
            {
                var sent = Stopwatch.StartNew();
                using var response = await http.PostAsync($"/api/servers/{owners[i % owners.Count]}/start", null, cancellationToken);
                return (response.StatusCode, Milliseconds: sent.Elapsed.TotalMilliseconds);
            }).ToArray();
            var answers = await Task.WhenAll(requests);
            var answered = clock.Elapsed.TotalSeconds;
            var failures = await WaitReadyAsync(http, owners, cancellationToken);
            var allReady = clock.Elapsed.TotalSeconds;

            var perOwner = owners.ToDictionary(o => o, o => ServerProcesses(o).Count);
            var errors = answers.Count(a => a.StatusCode != HttpStatusCode.OK);
            var latencies = answers.Select(a => a.Milliseconds).ToArray();
            Console.WriteLine($"  lone request: {loneRequest:0} ms, its server ready after {loneReady:0.00} s");
            Console.WriteLine($"  {Requests} concurrent requests over {owners.Count} groups: {Requests - errors} answered 200 in {answered:0.00} s; " +
                $"latency median {Stats.Median(latencies):0} ms, p99 {Stats.Percentile(latencies, 0.99):0} ms ({Stats.Median(latencies) / loneRequest:0.0}× the lone request)");
            Console.WriteLine($"  all {owners.Count} servers ready after {allReady:0.00} s ({allReady / loneReady:0.0}× a lone start); server processes per group: " +
                string.Join(", ", perOwner.Select(p => $"{p.Key}={p.Value}")));
            foreach (var failure in failures)
            {
                Console.WriteLine($"  failed: {failure}");
            }

            var met = errors == 0 && failures.Count == 0 && perOwner.Values.All(n => n == 1);
            return Stats.Verdict($"{Requests} concurrent allocation requests", met,
                $"{errors} errors, {failures.Count} failed servers, {perOwner.Values.Count(n => n > 1)} started twice; load average {ProcessTree.LoadAverage()}");
        }
        finally
        {
            foreach (var owner in owners)
            {
                using var stop = await http.PostAsync($"/api/servers/{owner}/stop", null, CancellationToken.None);
            }
        }
    }

    private static async Task<List<string>> GroupOwnersAsync(HubHost hub, CancellationToken cancellationToken)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var ids = await db.Groups.OrderBy(g => g.Id).Select(g => g.Id).ToListAsync(cancellationToken);
        return ids.Count > 0 ? ids.Select(id => $"group-{id}").ToList() : throw new InvalidOperationException("The demo hackathon has no groups.");
    }

    /// <summary>Polls the API until every owner's server is Ready or Failed; returns the failures.</summary>
    private static async Task<List<string>> WaitReadyAsync(HttpClient http, IReadOnlyList<string> owners, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        foreach (var owner in owners)
        {
            while (true)
            {
                var view = await http.GetFromJsonAsync<JsonElement>($"/api/servers/{owner}", cancellationToken);
                var state = view.GetProperty("state").GetString();
                if (state == "Ready")
                {
                    break;
                }

                if (state is "Failed" or "Stopped")
                {
                    failures.Add($"{owner}: {state}: {view.GetProperty("message").GetString()}");
                    break;
                }

                await Task.Delay(100, cancellationToken);
            }
        }

        return failures;
    }

    /// <summary>Notebook server processes below this one serving <paramref name="owner"/> (its base path is in the command line).</summary>
    private static List<int> ServerProcesses(string owner) =>
        ProcessTree.Descendants(Environment.ProcessId)
            .Where(p => p.CommandLine.Contains("hackathon-notebook-server", StringComparison.Ordinal) && p.CommandLine.Contains($"--base-path /servers/{owner}/", StringComparison.Ordinal))
            .Select(p => p.Pid).ToList();
}
