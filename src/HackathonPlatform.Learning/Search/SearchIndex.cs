namespace HackathonPlatform.Learning.Search;

/// <summary>
/// A small in-memory full-text index (BM25 over title, tags and text, with prefix matching so "GPU" finds
/// "GPUs"). Thread-safe: searches read an immutable snapshot; writers rebuild it under a lock, which is cheap
/// for the few thousand pages a hub has. Prefer <see cref="AddRange"/> over many <see cref="Add"/> calls.
/// </summary>
public sealed class SearchIndex
{
    private readonly Lock writeLock = new();
    private readonly Dictionary<string, SearchDocument> documents = new(StringComparer.Ordinal);
    private volatile SearchSnapshot snapshot = SearchSnapshot.Empty;

    /// <summary>Number of indexed documents.</summary>
    public int Count => snapshot.Count;

    /// <summary>Adds a document, replacing any with the same URL.</summary>
    public void Add(SearchDocument document) => AddRange([document]);

    /// <summary>Adds documents, replacing those with the same URLs; one rebuild for the whole batch.</summary>
    public void AddRange(IEnumerable<SearchDocument> newDocuments)
    {
        ArgumentNullException.ThrowIfNull(newDocuments);
        Mutate(() =>
        {
            foreach (var document in newDocuments) documents[document.Url] = document;
        });
    }

    /// <summary>Removes the document with this URL; false when there was none.</summary>
    public bool Remove(string url)
    {
        var removed = false;
        Mutate(() => removed = documents.Remove(url));
        return removed;
    }

    /// <summary>Atomically replaces every document of the given kinds by <paramref name="replacements"/>.</summary>
    public void Replace(IReadOnlyCollection<string> kinds, IEnumerable<SearchDocument> replacements)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(replacements);
        Mutate(() =>
        {
            foreach (var url in documents.Where(d => kinds.Contains(d.Value.Kind)).Select(d => d.Key).ToList()) documents.Remove(url);
            foreach (var document in replacements) documents[document.Url] = document;
        });
    }

    /// <summary>
    /// Ranked hits for a free-text query: any word may match, pages matching more of the words rank higher.
    /// An empty query gives no hits.
    /// </summary>
    /// <param name="query">What the reader typed.</param>
    /// <param name="limit">Most hits to return.</param>
    /// <param name="kind">Only documents of this kind, when given.</param>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20, string? kind = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var terms = SearchTokenizer.Tokens(query ?? "").Distinct().ToList();
        if (terms.Count == 0) return [];

        var markTerms = terms.SelectMany(t => SearchSnapshot.Stems(t).Select(s => s.Stem)).Distinct().ToList();
        var current = snapshot;
        return current.Score(terms, query!)
            .Where(s => kind is null || current.Document(s.Entry).Kind == kind)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => current.Document(s.Entry).Title, StringComparer.Ordinal)
            .Take(limit)
            .Select(s =>
            {
                var document = current.Document(s.Entry);
                var (plain, html) = SnippetBuilder.Build(document.Text, markTerms);
                return new SearchHit(document, s.Score, plain, html);
            })
            .ToList();
    }

    private void Mutate(Action change)
    {
        lock (writeLock)
        {
            change();
            snapshot = SearchSnapshot.Build(documents.Values);
        }
    }
}
