using HackathonPlatform.Learning.Tests.Support;

namespace HackathonPlatform.Learning.Tests;

public class SanitizingTests
{
    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<div onclick=\"steal()\">click</div>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    public void Raw_html_in_markdown_is_shown_as_text_not_markup(string hostile)
    {
        var lecture = TempCourses.LectureWithBody($"Before\n\n{hostile}\n\nAfter {hostile} inline.\n");

        AssertInert(lecture.Html);
    }

    [Fact]
    public void Javascript_links_lose_their_href()
    {
        var lecture = TempCourses.LectureWithBody("[click](javascript:alert(1)) and <javascript:alert(2)> and [ok](https://example.org)\n");

        AssertInert(lecture.Html);
        Assert.Contains("href=\"https://example.org\"", lecture.Html);
    }

    [Fact]
    public void Images_with_hostile_sources_or_attributes_are_neutralised()
    {
        var lecture = TempCourses.LectureWithBody("![x](javascript:alert(1)) ![y](data:text/html;base64,PHNjcmlwdD4=)\n\n![z](/img/ok.png \"t\")\n");

        AssertInert(lecture.Html);
        Assert.DoesNotContain("data:", lecture.Html, StringComparison.Ordinal);
        Assert.Contains("src=\"/img/ok.png\"", lecture.Html);
    }

    [Fact]
    public void Generic_attribute_syntax_cannot_add_event_handlers()
    {
        var lecture = TempCourses.LectureWithBody("# Heading {onclick=alert(1)}\n\nText{onmouseover=\"alert(2)\"}\n");

        AssertInert(lecture.Html);
    }

    [Fact]
    public void Hostile_markup_in_quiz_texts_is_neutralised_too()
    {
        var lecture = TempCourses.LectureWithBody("""
            ```quiz
            id: q
            type: single
            question: "<script>alert(1)</script> [x](javascript:alert(2))"
            options:
              - text: "<img src=x onerror=alert(3)>"
                correct: true
              - text: no
            ```
            """);

        Assert.Single(lecture.Quizzes);
        AssertInert(lecture.Html);
    }

    private static void AssertInert(string html) => HtmlAssert.Inert(html);
}
