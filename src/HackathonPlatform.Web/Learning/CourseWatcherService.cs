using HackathonPlatform.Learning.Catalog;

namespace HackathonPlatform.Web.Learning;

/// <summary>Reloads the courses when their files change, so authors see an edit (and its diagnostics) without a restart.</summary>
internal sealed class CourseWatcherService(CourseCatalogProvider provider, LearningPaths paths, ILogger<CourseWatcherService> logger) : IHostedService, IDisposable
{
    private CourseFolderWatcher? watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(paths.CoursesDirectory))
        {
            watcher = new CourseFolderWatcher(provider, paths.CoursesDirectory);
            watcher.Reloaded += (_, catalog) => CourseDiagnosticsLog.Write(logger, catalog);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        watcher?.Dispose();
        watcher = null;
    }
}
