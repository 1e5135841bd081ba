using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Jobs;

/// <summary>
/// Polls the backend for every job that has not ended, every <see cref="BatchJobOptions.PollSeconds"/>. At hub start
/// this is the re-attachment: the saved rows are all it needs.
/// </summary>
internal sealed partial class BatchJobPoller(IServiceScopeFactory scopes, IOptions<BatchJobOptions> options, ILogger<BatchJobPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.1, options.Value.PollSeconds)));
        do
        {
            try
            {
                await PollOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad pass (a locked database, a job folder gone) must not stop accounting for good.
                LogPollFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task PollOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tracker = scope.ServiceProvider.GetRequiredService<BatchJobTracker>();
        foreach (var id in await tracker.UnfinishedAsync(ct))
        {
            await tracker.RefreshAsync(id, ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling batch jobs failed")]
    private partial void LogPollFailed(Exception ex);
}
