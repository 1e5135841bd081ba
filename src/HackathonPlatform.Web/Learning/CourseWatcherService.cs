using HackathonPlatform.Learning.Catalog;
using Microsoft.AspNetCore.OutputCaching;

namespace HackathonPlatform.Web.Learning;

/// <summary>Reloads the courses when their files change, so authors see an edit (and its diagnostics) without a restart.</summary>
internal sealed class CourseWatcherService(CourseCatalogProvider provider, LearningPaths paths, IOutputCacheStore cache, ILogger<CourseWatcherService> logger) : IHostedService, IDisposable
{
    private CourseFolderWatcher? watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(paths.CoursesDirectory))
        {
            watcher = new CourseFolderWatcher(provider, paths.CoursesDirectory);
            watcher.Reloaded += (_, catalog) =>
            {
                CourseDiagnosticsLog.Write(logger, catalog);
                // Cached anonymous lecture pages would show the old text until they expire.
                _ = cache.EvictByTagAsync(LecturePageCache.Tag, CancellationToken.None).AsTask();
            };
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
