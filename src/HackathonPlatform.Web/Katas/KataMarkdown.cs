using System.Text.RegularExpressions;

namespace HackathonPlatform.Web.Katas;

/// <summary>
/// Renders kata text. The katas' Markdown embeds raw HTML (layout tables, inline SVG logos, style
/// blocks) written for their own playground; our renderer disables raw HTML, which would print it
/// as text, so it is removed first. Math ($...$) is kept for KaTeX. The result still goes through
/// the Learning library's sanitising renderer, which is what makes it safe.
/// </summary>
public static partial class KataMarkdown
{
    /// <summary>Sanitised HTML for a kata's Markdown.</summary>
    /// <param name="markdown">The kata's text.</param>
    /// <returns>HTML without script, styles or raw markup.</returns>
    public static string ToHtml(string markdown)
    {
        var text = BlockPattern().Replace(markdown ?? "", "");
        text = TagPattern().Replace(text, "");
        return HackathonPlatform.Learning.Rendering.SafeMarkdown.ToHtml(text);
    }

    [GeneratedRegex(@"<(style|svg|script)\b.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BlockPattern();

    [GeneratedRegex(@"</?[a-zA-Z][^<>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TagPattern();
}
