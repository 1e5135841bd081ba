using System.Threading.Channels;

namespace HackathonPlatform.Web.Grading;

/// <summary>
/// At start-up, brings stored lateness in line with the exercises' deadlines; then reloads the exercise
/// catalogue when files under exercises/ change, once the folder has been quiet for half a second (a
/// save or a git pull touches many files at once) — as the course watcher does for courses.
/// "Grading:WatchExercises" = false turns the watching off (the start-up rescoring still runs).
/// </summary>
internal sealed partial class ExerciseWatcherService(ExerciseCatalogReloader reloader, ExerciseCatalogProvider provider, IConfiguration configuration, ILogger<ExerciseWatcherService> logger) : BackgroundService
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await reloader.RescoreAllAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database may be unavailable at start; lateness is then rescored at the next reload or regrade.
            LogFailed(logger, ex);
        }

        if (!configuration.GetValue("Grading:WatchExercises", true) || !Directory.Exists(provider.Directory))
        {
            return;
        }

        var signals = Channel.CreateUnbounded<bool>(new UnboundedChannelOptions { SingleReader = true });
        using var watcher = new FileSystemWatcher(provider.Directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, _) => signals.Writer.TryWrite(true);
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, _) => signals.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;
        try
        {
            while (await signals.Reader.WaitToReadAsync(stoppingToken))
            {
                do
                {
                    while (signals.Reader.TryRead(out _))
                    {
                    }

                    await Task.Delay(QuietPeriod, stoppingToken);
                }
                while (signals.Reader.TryRead(out _));

                try
                {
                    await reloader.ReloadAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The hub stops.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading the exercises or rescoring lateness failed; the catalogue loaded before stays in use")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
