namespace HackathonPlatform.Learning.Rendering;

/// <summary>
/// Renders untrusted Markdown to sanitised HTML with the lecture syntax (math, tables, code), for short texts
/// such as course summaries or quiz explanations. Not cached: call it at load time, not per request.
/// </summary>
public static class SafeMarkdown
{
    /// <summary>Renders and sanitises a Markdown text; raw HTML in it is shown as text.</summary>
    public static string ToHtml(string markdown) =>
        LectureSanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown ?? "", MarkdownPipelines.Fragment));

    /// <summary>Like <see cref="ToHtml"/>, without the paragraph around a one-paragraph text (for labels).</summary>
    public static string ToInlineHtml(string markdown)
    {
        var html = ToHtml(markdown).Trim();
        var single = html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0;
        return single ? html[3..^4] : html;
    }
}
