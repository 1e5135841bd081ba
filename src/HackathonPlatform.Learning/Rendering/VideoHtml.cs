using System.Net;

namespace HackathonPlatform.Learning.Rendering;

/// <summary>
/// Writes the video player markup. It is built from a parsed, re-encoded URL by our own code and added after
/// sanitising, which is what lets the sanitiser forbid iframe and video in author Markdown altogether.
/// </summary>
internal static class VideoHtml
{
    public static string Render(VideoEmbed video, string lectureTitle)
    {
        var src = WebUtility.HtmlEncode(video.EmbedUrl);
        var title = WebUtility.HtmlEncode($"Lecture video: {lectureTitle}");
        return video.Kind switch
        {
            VideoKind.YouTube or VideoKind.Vimeo =>
                $"<div class=\"lecture-video lecture-video-{video.Kind.ToString().ToLowerInvariant()}\">" +
                $"<iframe src=\"{src}\" title=\"{title}\" width=\"560\" height=\"315\" loading=\"lazy\" " +
                "allow=\"encrypted-media; picture-in-picture; fullscreen\" referrerpolicy=\"strict-origin-when-cross-origin\" " +
                "allowfullscreen></iframe></div>\n",
            VideoKind.File =>
                $"<div class=\"lecture-video lecture-video-file\"><video controls preload=\"metadata\" src=\"{src}\" title=\"{title}\">" +
                $"<a href=\"{src}\">Download the lecture video</a></video></div>\n",
            _ =>
                $"<p class=\"lecture-video lecture-video-link\"><a href=\"{src}\" rel=\"noopener noreferrer\" target=\"_blank\">" +
                "Watch the lecture video</a></p>\n",
        };
    }
}
