using System.Text.Json;
using HackathonPlatform.Learning.Search;
using Microsoft.Extensions.FileProviders;

namespace HackathonPlatform.Web.Learning;

/// <summary>
/// The docfx output (site/_site) that the hub serves at /docs, and its pages in the search index. The site may
/// be built after the hub started (scripts/build-docs.sh), so both the files and the index are looked up lazily.
/// </summary>
public sealed class DocsSite(string directory, SearchIndex searchIndex, TimeProvider clock, ILogger<DocsSite> logger)
{
    /// <summary>URL prefix of the docs.</summary>
    public const string BasePath = "/docs";

    private static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(5);
    private readonly Lock gate = new();
    private PhysicalFileProvider? files;
    private DateTime indexedWriteTime;
    private DateTimeOffset nextCheck;

    /// <summary>The folder holding the built site.</summary>
    public string Directory { get; } = directory;

    /// <summary>Whether the site has been built (its home page exists).</summary>
    public bool IsBuilt => File.Exists(Path.Combine(Directory, "index.html"));

    /// <summary>
    /// The file at <paramref name="path"/> (relative to the site; a folder means its index.html), or null. Paths
    /// that climb out of the site, and hidden files, are never found (the provider refuses them).
    /// </summary>
    public IFileInfo? Find(string? path)
    {
        var provider = Files();
        if (provider is null)
        {
            return null;
        }

        var relative = (path ?? "").TrimStart('/');
        var file = provider.GetFileInfo(relative);
        if (file is { Exists: true, IsDirectory: true } || relative.Length == 0 || relative.EndsWith('/'))
        {
            file = provider.GetFileInfo(Path.Combine(relative, "index.html"));
        }

        return file is { Exists: true, IsDirectory: false } ? file : null;
    }

    /// <summary>
    /// Puts the docs pages into the search index when the site's index.json (docfx's search index) is new or
    /// changed since the last call; cheap enough to call before every search (one file stat every few seconds).
    /// </summary>
    public void RefreshSearchIndex()
    {
        var now = clock.GetUtcNow();
        if (now < nextCheck)
        {
            return;
        }

        lock (gate)
        {
            nextCheck = now + RecheckInterval;
            var path = Path.Combine(Directory, "index.json");
            var writeTime = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : default;
            if (writeTime == indexedWriteTime)
            {
                return;
            }

            var documents = writeTime == default ? [] : Read(path);
            if (documents is null)
            {
                return; // a half-written index (docfx still running) is retried at the next check
            }

            searchIndex.Replace([SearchDocumentKinds.Doc], documents);
            indexedWriteTime = writeTime;
            logger.LogInformation("Indexed {Count} docs pages from {Path}", documents.Count, path);
        }
    }

    private List<SearchDocument>? Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var entries = JsonSerializer.Deserialize<Dictionary<string, DocfxIndexEntry>>(stream) ?? [];
            return [.. entries.Values.Where(e => !string.IsNullOrEmpty(e.Href)).Select(e => new SearchDocument
            {
                Url = $"{BasePath}/{e.Href!.TrimStart('/')}",
                Title = PageTitle(e),
                Kind = SearchDocumentKinds.Doc,
                Text = e.Summary ?? e.Keywords ?? "",
                Context = Section(e.Href!),
            })];
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            logger.LogWarning(ex, "Could not read the docs search index {Path}", path);
            return null;
        }
    }

    // docfx appends " | <site title>" to every page title; the results list shows the page's own title.
    private static string PageTitle(DocfxIndexEntry e)
    {
        var title = string.IsNullOrWhiteSpace(e.Title) ? e.Href! : e.Title!;
        var bar = title.LastIndexOf(" | ", StringComparison.Ordinal);
        return bar > 0 ? title[..bar] : title;
    }

    private static string Section(string href) => href.Split('/')[0] switch
    {
        "guides" => "Docs · Guides",
        "admin" => "Docs · Administrator's guide",
        "kb" => "Docs · Knowledge base",
        "api" => "Docs · API reference",
        _ => "Docs",
    };

    private PhysicalFileProvider? Files()
    {
        if (files is not null)
        {
            return files;
        }

        lock (gate)
        {
            // PhysicalFileProvider needs an existing folder: create it on the first request after the build.
            return files ??= System.IO.Directory.Exists(Directory) ? new PhysicalFileProvider(Directory) : null;
        }
    }
}
