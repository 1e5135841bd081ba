using HackathonPlatform.Spawning;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Servers;

/// <summary>
/// Re-attaches servers after a hub restart; then, side by side, polls running servers to notice the ones that ended
/// behind the hub's back, and stops servers idle for longer than configured.
/// </summary>
internal sealed partial class ServerLifecycleService(ServerManager manager, IOptions<ServerOptions> options, IHttpClientFactory http, TimeProvider clock, ILogger<ServerLifecycleService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await manager.ReattachAsync(stoppingToken);
        await Task.WhenAll(PollLoopAsync(stoppingToken), CullLoopAsync(stoppingToken));
    }

    private async Task PollLoopAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollIntervalSeconds)), clock);
        while (await WaitAsync(timer, ct))
        {
            await manager.PollRunningAsync(ct);
        }
    }

    private async Task CullLoopAsync(CancellationToken ct)
    {
        var idle = TimeSpan.FromMinutes(options.Value.IdleMinutes);
        if (idle <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.CullIntervalSeconds)), clock);
        while (await WaitAsync(timer, ct))
        {
            await CullAsync(idle, ct);
        }
    }

    private async Task CullAsync(TimeSpan idle, CancellationToken ct)
    {
        using var client = http.CreateClient("servers");
        foreach (var (owner, endpoint, proxied) in manager.Running().ToList())
        {
            // Kernel activity (a long training run) counts as much as requests through the proxy.
            var status = await ServerStatusClient.GetAsync(client, endpoint, ct);
            var last = status is null ? proxied : new[] { proxied, status.LastActivity }.Max();
            // Pages warn before culling from the same time (ServerIdleWarning).
            manager.NoteActivity(owner, last);
            if (clock.GetUtcNow() - last > idle)
            {
                var span = idle.TotalMinutes >= 1 ? $"{idle.TotalMinutes:0} minutes" : $"{idle.TotalSeconds:0} seconds";
                await manager.StopAsync(owner, $"Stopped after {span} without activity. Start it again: saved notebooks are kept.", ct);
                LogCulled(owner.Key);
            }
        }
    }

    // Shutting down ends the loops quietly instead of failing the host with a cancellation.
    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Culled idle server {Owner}")]
    private partial void LogCulled(string owner);
}
