namespace HackathonPlatform.Web.Rendering;

/// <summary>
/// Renders user-written Markdown (hackathon and exercise descriptions) to HTML that cannot run script, with
/// the same pipeline and allow-list sanitizer as lectures (raw HTML shown as text, no event attributes, no
/// javascript: URLs; math and tables allowed). A service so pages can take it by injection.
/// </summary>
public sealed class SafeMarkdown
{
    /// <summary>Converts Markdown to sanitised HTML.</summary>
    public string ToHtml(string markdown) => HackathonPlatform.Learning.Rendering.SafeMarkdown.ToHtml(markdown);
}
