namespace HackathonPlatform.Learning.Catalog;

/// <summary>
/// Reloads a <see cref="CourseCatalogProvider"/> when files under the courses folder change, once the folder
/// has been quiet for <see cref="QuietPeriod"/> (an editor's save or a git pull touches many files at once).
/// For authors' machines and staging; production can equally call <see cref="CourseCatalogProvider.Reload"/>
/// from an admin action.
/// </summary>
public sealed class CourseFolderWatcher : IDisposable
{
    private readonly FileSystemWatcher watcher;
    private readonly Timer timer;

    /// <summary>Starts watching <paramref name="directory"/> (recursively) and reloading <paramref name="provider"/>.</summary>
    /// <param name="provider">The provider to reload.</param>
    /// <param name="directory">The courses folder the provider loads.</param>
    /// <param name="quietPeriod">How long the folder must be unchanged before reloading; default half a second.</param>
    public CourseFolderWatcher(CourseCatalogProvider provider, string directory, TimeSpan? quietPeriod = null)
    {
        ArgumentNullException.ThrowIfNull(provider);
        QuietPeriod = quietPeriod ?? TimeSpan.FromMilliseconds(500);
        timer = new Timer(_ => Reloaded?.Invoke(this, provider.Reload()));
        watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, _) => Restart();
        watcher.Created += (_, _) => Restart();
        watcher.Deleted += (_, _) => Restart();
        watcher.Renamed += (_, _) => Restart();
        watcher.EnableRaisingEvents = true;
    }

    /// <summary>Raised on a thread-pool thread after each reload, with the new catalogue (e.g. to log its diagnostics).</summary>
    public event EventHandler<CourseCatalog>? Reloaded;

    /// <summary>How long the folder must stay unchanged before a reload.</summary>
    public TimeSpan QuietPeriod { get; }

    private void Restart() => timer.Change(QuietPeriod, Timeout.InfiniteTimeSpan);

    /// <summary>Stops watching; a pending reload is cancelled.</summary>
    public void Dispose()
    {
        watcher.Dispose();
        timer.Dispose();
    }
}
