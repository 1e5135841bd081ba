namespace HackathonPlatform.NotebookServer;

/// <summary>
/// With <c>--parent-pid</c>, stops the server when that process is gone: for tests and for hubs that
/// want their servers to end with them (by default servers outlive the hub, to be re-attached).
/// </summary>
public sealed class ParentWatch(NotebookServerOptions options, IHostApplicationLifetime lifetime, ILogger<ParentWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.ParentPid is not { } pid)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!Directory.Exists($"/proc/{pid}"))
                {
                    logger.LogWarning("Parent process {Pid} is gone; stopping.", pid);
                    lifetime.StopApplication();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping anyway.
        }
    }
}
