namespace HackathonPlatform.Learning.Search;

/// <summary>A page that search can find. The URL identifies it: adding the same URL again replaces it.</summary>
public sealed class SearchDocument
{
    /// <summary>Where the hit links to; unique within an index.</summary>
    public required string Url { get; init; }

    /// <summary>Page title; matches here weigh most.</summary>
    public required string Title { get; init; }

    /// <summary>What it is (see <see cref="SearchDocumentKinds"/>), for grouping and filtering.</summary>
    public required string Kind { get; init; }

    /// <summary>The page text without markup; snippets are cut from it.</summary>
    public string Text { get; init; } = "";

    /// <summary>Keywords; matches here weigh more than in the text.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Where it belongs, shown beside the title (e.g. the course of a lecture, the docs section).</summary>
    public string? Context { get; init; }
}
