namespace HackathonPlatform.Learning.Search;

/// <summary>One ranked result.</summary>
/// <param name="Document">The matching page.</param>
/// <param name="Score">Relevance (higher is better); comparable within one query only.</param>
/// <param name="Snippet">About 200 characters of text around the first match, plain.</param>
/// <param name="SnippetHtml">The same snippet HTML-encoded, with matched words in &lt;mark&gt;.</param>
public sealed record SearchHit(SearchDocument Document, double Score, string Snippet, string SnippetHtml);
