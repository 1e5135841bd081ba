using HackathonPlatform.Learning.Rendering;
using HackathonPlatform.Learning.Search;

namespace HackathonPlatform.Learning.Catalog;

/// <summary>
/// Holds the current <see cref="CourseCatalog"/> for the hub (register as a singleton). Reading
/// <see cref="Current"/> is a volatile field read; <see cref="Reload"/> builds a complete new snapshot
/// before swapping it in, so requests never see a half-loaded catalogue.
/// </summary>
public sealed class CourseCatalogProvider
{
    private readonly string directory;
    private readonly LectureRenderOptions options;
    private readonly SearchIndex? searchIndex;
    private readonly Lock reloadLock = new();
    private volatile CourseCatalog current;

    /// <summary>Loads the catalogue now (synchronously: a few milliseconds per lecture).</summary>
    /// <param name="directory">The courses folder.</param>
    /// <param name="options">Rendering choices such as the quiz form action.</param>
    /// <param name="searchIndex">
    /// When given, its course and lecture documents are replaced on every load, leaving other kinds (docs) alone.
    /// </param>
    public CourseCatalogProvider(string directory, LectureRenderOptions? options = null, SearchIndex? searchIndex = null)
    {
        this.directory = directory;
        this.options = options ?? LectureRenderOptions.Default;
        this.searchIndex = searchIndex;
        current = Reload();
    }

    /// <summary>The latest loaded snapshot.</summary>
    public CourseCatalog Current => current;

    /// <summary>Reloads the folder (e.g. from an admin action or a file watcher) and returns the new snapshot.</summary>
    public CourseCatalog Reload()
    {
        // Serialised so two concurrent reloads cannot publish an older snapshot last.
        lock (reloadLock)
        {
            var catalog = CourseCatalog.Load(directory, options);
            searchIndex?.Replace([SearchDocumentKinds.Course, SearchDocumentKinds.Lecture], catalog.ToSearchDocuments());
            current = catalog;
            return catalog;
        }
    }
}
