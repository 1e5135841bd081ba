using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Prometheus;

namespace HackathonPlatform.Web.Metrics;

/// <summary>
/// The hub's Prometheus metrics, in a registry of its own (not prometheus-net's static default one, so that
/// several hubs in one test process do not share counters). Names follow JupyterHub where they mean the same,
/// so existing JupyterHub dashboards work; the rest start with <c>hackathon_</c>. Gauges are read from the
/// database at scrape time, so they are right after a hub restart and across several hub processes.
/// </summary>
public sealed class HubMetrics
{
    private static readonly double[] SpawnBuckets = [0.5, 1, 2.5, 5, 10, 15, 30, 60, 120, 180, 300, 600];
    private static readonly (string Label, TimeSpan Span)[] Periods = [("24h", TimeSpan.FromDays(1)), ("7d", TimeSpan.FromDays(7)), ("30d", TimeSpan.FromDays(30))];

    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider clock;
    private readonly Histogram spawnDuration;
    private readonly Gauge runningServers;
    private readonly Gauge serversRunning;
    private readonly Gauge serversByState;
    private readonly Gauge activeUsers;
    private readonly Gauge totalUsers;
    private readonly Gauge gradingQueue;
    private readonly Gauge gpusInUse;

    /// <summary>Creates the registry and its metrics.</summary>
    public HubMetrics(IServiceScopeFactory scopes, TimeProvider clock)
    {
        this.scopes = scopes;
        this.clock = clock;
        Registry = Prometheus.Metrics.NewCustomRegistry();
        var factory = Prometheus.Metrics.WithCustomRegistry(Registry);
        spawnDuration = factory.CreateHistogram("jupyterhub_server_spawn_duration_seconds", "Time from a start request to a ready server.", new HistogramConfiguration { LabelNames = ["status"], Buckets = SpawnBuckets });
        runningServers = factory.CreateGauge("jupyterhub_running_servers", "Notebook servers that are ready.");
        serversRunning = factory.CreateGauge("hackathon_servers_running", "Notebook servers that are ready, each with its kernels (kernels are not counted one by one).");
        serversByState = factory.CreateGauge("hackathon_servers", "Notebook servers by state as last recorded.", "state");
        activeUsers = factory.CreateGauge("jupyterhub_active_users", "Accounts whose server saw activity in the period.", "period");
        totalUsers = factory.CreateGauge("jupyterhub_total_users", "Accounts.");
        gradingQueue = factory.CreateGauge("hackathon_grading_queue_length", "Grading jobs waiting for a worker.");
        gpusInUse = factory.CreateGauge("hackathon_gpus_in_use", "GPUs held by running servers and jobs (open usage records).");
        Registry.AddBeforeCollectCallback(CollectAsync);
    }

    /// <summary>The registry /metrics exports.</summary>
    public CollectorRegistry Registry { get; }

    /// <summary>Records how long a start took ("success" or "failure").</summary>
    public void ObserveSpawn(TimeSpan duration, bool succeeded) =>
        spawnDuration.WithLabels(succeeded ? "success" : "failure").Observe(Math.Max(0, duration.TotalSeconds));

    private async Task CollectAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var servers = await db.NotebookServers.AsNoTracking().Select(s => new { s.State, s.GroupId, s.UserId, s.LastActivityAt }).ToListAsync(ct);
        foreach (var state in Enum.GetValues<NotebookServerState>())
        {
            serversByState.WithLabels(state.ToString().ToLowerInvariant()).Set(servers.Count(s => s.State == state));
        }

        var ready = servers.Count(s => s.State == NotebookServerState.Ready);
        runningServers.Set(ready);
        serversRunning.Set(ready);

        // A group server's activity makes every member active, as a personal server's makes its owner active.
        var groupIds = servers.Where(s => s.GroupId is not null).Select(s => s.GroupId!.Value).ToList();
        var members = await db.GroupMembers.AsNoTracking().Where(m => groupIds.Contains(m.GroupId)).Select(m => new { m.GroupId, m.UserId }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var (label, span) in Periods)
        {
            var active = servers.Where(s => s.LastActivityAt is { } at && now - at <= span)
                .SelectMany(s => s.GroupId is { } g ? members.Where(m => m.GroupId == g).Select(m => m.UserId) : [s.UserId!])
                .Distinct().Count();
            activeUsers.WithLabels(label).Set(active);
        }

        totalUsers.Set(await db.Users.CountAsync(ct));
        gradingQueue.Set(await db.GradingJobs.CountAsync(j => j.Status == GradingJobStatus.Queued, ct));
        gpusInUse.Set(await db.UsageRecords.Where(u => u.StoppedAt == null).SumAsync(u => u.GpuCount, ct));
    }
}
