using HackathonPlatform.Learning.Search;
using HackathonPlatform.Web.Learning;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Search;

public sealed class IndexModel(SearchIndex index, DocsSite docs) : PageModel
{
    /// <summary>Longer queries are cut: the index tokenizes the whole text, and nobody types 200 characters.</summary>
    private const int MaxQueryLength = 200;

    public string Query { get; private set; } = "";

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public bool DocsBuilt => docs.IsBuilt;

    public void OnGet(string? q)
    {
        Query = (q ?? "").Trim();
        if (Query.Length > MaxQueryLength)
        {
            Query = Query[..MaxQueryLength];
        }

        if (Query.Length > 0)
        {
            docs.RefreshSearchIndex();
            Hits = index.Search(Query, limit: 30);
        }
    }

    public static string KindLabel(string kind) => kind switch
    {
        SearchDocumentKinds.Course => "Course",
        SearchDocumentKinds.Lecture => "Lecture",
        SearchDocumentKinds.Doc => "Docs",
        _ => kind,
    };
}
