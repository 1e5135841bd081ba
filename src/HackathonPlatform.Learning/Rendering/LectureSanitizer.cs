using Ganss.Xss;

namespace HackathonPlatform.Learning.Rendering;

/// <summary>
/// The last line of defence: HTML is already disabled in Markdig, and this allow-list admits only what our
/// renderer emits. No iframe, video, script, style or event attributes: the video player is added after
/// sanitising by <see cref="VideoHtml"/>. Only http, https and mailto links (relative URLs are kept).
/// </summary>
internal static class LectureSanitizer
{
    private static readonly string[] Tags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "ins", "mark", "sub", "sup",
        "small", "code", "pre", "kbd", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "a", "img", "table",
        "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "figure", "figcaption", "abbr", "cite", "span",
        "div", "details", "summary", "section", "footer", "form", "fieldset", "legend", "label", "input", "button",
    ];

    private static readonly string[] Attributes =
    [
        "class", "id", "href", "src", "alt", "title", "style", "colspan", "rowspan", "start", "type", "name",
        "value", "checked", "disabled", "method", "action", "inputmode", "autocomplete", "for", "role",
        "aria-live", "aria-label", "aria-labelledby", "data-quiz-id", "data-quiz-type",
    ];

    // HtmlSanitizer is thread-safe for Sanitize once configured, so one instance serves all loads.
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            // Pipe tables align columns with style="text-align: ..."; nothing else in style survives.
            AllowedCssProperties = new HashSet<string>(["text-align"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "action"], StringComparer.OrdinalIgnoreCase),
        };
        return new HtmlSanitizer(options) { AllowDataAttributes = false };
    }
}
