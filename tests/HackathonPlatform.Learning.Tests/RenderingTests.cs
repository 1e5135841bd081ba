using HackathonPlatform.Learning.Rendering;
using HackathonPlatform.Learning.Tests.Support;

namespace HackathonPlatform.Learning.Tests;

public class RenderingTests
{
    [Fact]
    public void Inline_and_display_math_become_spans_and_divs_that_KaTeX_auto_render_finds()
    {
        var lecture = TempCourses.LectureWithBody("Energy $E = mc^2$ holds.\n\n$$\n\\nabla \\cdot E = \\rho\n$$\n");

        Assert.Contains("<span class=\"math\">\\(E = mc^2\\)</span>", lecture.Html);
        Assert.Contains("<div class=\"math\">", lecture.Html);
        Assert.Contains("\\[", lecture.Html);
        Assert.Contains("\\nabla \\cdot E = \\rho", lecture.Html);
    }

    [Fact]
    public void Fenced_code_keeps_its_language_class_for_the_highlighter()
    {
        var lecture = TempCourses.LectureWithBody("```csharp\nvar x = 1 < 2;\n```\n");

        Assert.Contains("<pre><code class=\"language-csharp\">var x = 1 &lt; 2;", lecture.Html);
    }

    [Fact]
    public void A_YouTube_video_is_embedded_from_the_no_cookie_domain()
    {
        var lecture = TempCourses.LectureWithBody("Body.\n", "video: https://www.youtube.com/watch?v=aircAruvnKk\n");

        Assert.Equal(VideoKind.YouTube, lecture.Video?.Kind);
        Assert.StartsWith("<div class=\"lecture-video lecture-video-youtube\"><iframe src=\"https://www.youtube-nocookie.com/embed/aircAruvnKk\"", lecture.Html);
    }

    [Fact]
    public void A_video_file_plays_in_a_video_element()
    {
        var lecture = TempCourses.LectureWithBody("Body.\n", "video: /media/lectures/intro.mp4\n");

        Assert.Contains("<video controls preload=\"metadata\" src=\"/media/lectures/intro.mp4\"", lecture.Html);
    }

    [Fact]
    public void A_javascript_video_url_is_dropped_with_a_warning()
    {
        var lecture = TempCourses.LectureWithBody("Body.\n", "video: \"javascript:alert(1)\"\n");

        Assert.Null(lecture.Video);
        Assert.DoesNotContain("javascript", lecture.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(lecture.Diagnostics, d => d.Message.Contains("video", StringComparison.Ordinal));
    }

    [Fact]
    public void The_transcript_section_is_rendered_collapsed_and_what_follows_it_is_not()
    {
        var lecture = TempCourses.LectureWithBody("Intro.\n\n## Transcript\n\nHello and welcome.\n\nSecond part.\n\n## Further reading\n\nBooks.\n");

        Assert.True(lecture.HasTranscript);
        Assert.Matches("<details class=\"transcript\"><summary>Transcript</summary>\\s*<p>Hello and welcome.</p>\\s*<p>Second part.</p>\\s*</details>", lecture.Html);
        Assert.Contains("<h2 id=\"further-reading\">Further reading</h2>", lecture.Html);
    }

    [Fact]
    public void Footnotes_stay_outside_the_transcript()
    {
        var lecture = TempCourses.LectureWithBody("Claim[^1].\n\n[^1]: Source.\n\n## Transcript\n\nHi.\n");

        Assert.Matches("</details>\\s*<div class=\"footnotes\">", lecture.Html);
    }

    [Fact]
    public void Plain_text_has_no_markup_and_separates_blocks()
    {
        var lecture = TempCourses.LectureWithBody("# Title\n\nSome *emphasis* here.\n");

        Assert.Equal("Title Some emphasis here.", lecture.PlainText);
        Assert.Equal(4, lecture.WordCount);
    }

    [Theory]
    [InlineData("https://youtu.be/aircAruvnKk?t=42", VideoKind.YouTube, "https://www.youtube-nocookie.com/embed/aircAruvnKk?start=42")]
    [InlineData("https://www.youtube.com/embed/aircAruvnKk", VideoKind.YouTube, "https://www.youtube-nocookie.com/embed/aircAruvnKk")]
    [InlineData("https://vimeo.com/76979871", VideoKind.Vimeo, "https://player.vimeo.com/video/76979871?dnt=1")]
    [InlineData("https://example.org/talks/intro", VideoKind.Link, "https://example.org/talks/intro")]
    [InlineData("https://cdn.example.org/v/lecture.webm", VideoKind.File, "https://cdn.example.org/v/lecture.webm")]
    public void Video_urls_are_classified_and_turned_into_embed_urls(string url, VideoKind kind, string embed)
    {
        var video = VideoEmbed.FromUrl(url);

        Assert.Equal(kind, video?.Kind);
        Assert.Equal(embed, video?.EmbedUrl);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("//evil.example/x.mp4")]
    public void Video_urls_that_are_not_http_or_site_paths_are_refused(string url) =>
        Assert.Null(VideoEmbed.FromUrl(url));
}
