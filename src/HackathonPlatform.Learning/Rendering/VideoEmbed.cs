using System.Text.RegularExpressions;

namespace HackathonPlatform.Learning.Rendering;

/// <summary>A lecture video: where the author pointed, and what the page embeds.</summary>
/// <param name="Kind">How the video is shown.</param>
/// <param name="SourceUrl">The URL from the front matter.</param>
/// <param name="EmbedUrl">The URL the page frames or plays (same as <paramref name="SourceUrl"/> for files and links).</param>
public sealed partial record VideoEmbed(VideoKind Kind, string SourceUrl, string EmbedUrl)
{
    private static readonly string[] FileExtensions = [".mp4", ".webm", ".ogv", ".m4v"];

    /// <summary>
    /// Classifies a front matter video URL. Returns null for anything that is neither http(s) nor a site path
    /// (e.g. <c>javascript:</c>), which the loader reports to the author.
    /// </summary>
    public static VideoEmbed? FromUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        url = url.Trim();
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            return IsFile(url) ? new VideoEmbed(VideoKind.File, url, url) : new VideoEmbed(VideoKind.Link, url, url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;

        var host = uri.Host.ToLowerInvariant();
        if (YouTubeId(uri, host) is { } id)
        {
            var start = StartSeconds(uri.Query);
            return new VideoEmbed(VideoKind.YouTube, url,
                $"https://www.youtube-nocookie.com/embed/{id}{(start > 0 ? $"?start={start}" : "")}");
        }
        if ((host is "vimeo.com" or "www.vimeo.com") && VimeoPath().Match(uri.AbsolutePath) is { Success: true } vimeo)
            return new VideoEmbed(VideoKind.Vimeo, url, $"https://player.vimeo.com/video/{vimeo.Groups[1].Value}?dnt=1");
        return new VideoEmbed(IsFile(uri.AbsolutePath) ? VideoKind.File : VideoKind.Link, url, uri.AbsoluteUri);
    }

    private static string? YouTubeId(Uri uri, string host)
    {
        string? candidate = host switch
        {
            "youtu.be" => uri.AbsolutePath.TrimStart('/'),
            "youtube.com" or "www.youtube.com" or "m.youtube.com" or "www.youtube-nocookie.com" =>
                uri.AbsolutePath == "/watch"
                    ? QueryValue(uri.Query, "v")
                    : EmbedPath().Match(uri.AbsolutePath) is { Success: true } m ? m.Groups[1].Value : null,
            _ => null,
        };
        return candidate is not null && YouTubeIdPattern().IsMatch(candidate) ? candidate : null;
    }

    private static int StartSeconds(string query)
    {
        var t = QueryValue(query, "t") ?? QueryValue(query, "start");
        return t is not null && int.TryParse(t.TrimEnd('s'), out var seconds) && seconds > 0 ? seconds : 0;
    }

    private static string? QueryValue(string query, string key) =>
        query.TrimStart('?').Split('&')
            .Select(p => p.Split('=', 2))
            .FirstOrDefault(p => p.Length == 2 && p[0] == key)?[1];

    private static bool IsFile(string path) =>
        FileExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeIdPattern();

    [GeneratedRegex("^/(?:embed|shorts|live)/([^/]+)$")]
    private static partial Regex EmbedPath();

    [GeneratedRegex("^/(?:video/)?([0-9]+)/?$")]
    private static partial Regex VimeoPath();
}
