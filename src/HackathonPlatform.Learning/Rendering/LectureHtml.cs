namespace HackathonPlatform.Learning.Rendering;

/// <summary>Markers in rendered lecture HTML that the hub may fill per request.</summary>
public static class LectureHtml
{
    /// <summary>
    /// An HTML comment inside every quiz form. The HTML is rendered once and cached, so it cannot carry a
    /// per-request antiforgery token; the hub either replaces this marker with its hidden token input or
    /// posts the form from script with the token in a header. Left as is, it is an inert comment.
    /// </summary>
    public const string AntiforgerySlot = "<!--antiforgery-->";
}
