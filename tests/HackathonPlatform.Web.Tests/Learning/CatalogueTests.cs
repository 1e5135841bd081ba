using System.Net;
using System.Net.Http.Json;
using HackathonPlatform.Web.Learning;
using HackathonPlatform.Web.Tests.Infrastructure;

namespace HackathonPlatform.Web.Tests.Learning;

public sealed class CatalogueTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task Anonymous_visitors_see_every_course_of_the_courses_folder()
    {
        using var client = hub.NewClient();
        var html = await client.Http.GetStringAsync("/courses");

        Assert.Contains("Machine learning", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Neural networks: principles and architectures", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/courses/quantum-ml\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("lectures done", html, StringComparison.Ordinal);
        Assert.Contains("Featured courses", await client.Http.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_course_page_shows_the_outline_in_order_and_invites_to_sign_in()
    {
        using var client = hub.NewClient();
        var html = await client.Http.GetStringAsync("/courses/neural-networks");

        var first = html.IndexOf("/courses/neural-networks/perceptron-and-mlp\"", StringComparison.Ordinal);
        var last = html.IndexOf("/courses/neural-networks/training-on-gpus\"", StringComparison.Ordinal);
        Assert.True(first > 0 && last > first, "outline out of order");
        Assert.Contains("Sign in</a> to take quizzes", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/courses/no-such-course")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/courses/neural-networks/no-such-lecture")).StatusCode);
    }

    [Fact]
    public async Task A_lecture_page_has_math_spans_for_katex_the_embedded_video_quiz_forms_and_exercise_links()
    {
        using var client = hub.NewClient();
        var html = await client.Http.GetStringAsync("/courses/neural-networks/perceptron-and-mlp");

        Assert.Contains("<span class=\"math\">\\(", html, StringComparison.Ordinal);
        Assert.Contains("<iframe src=\"https://www.youtube-nocookie.com/embed/", html, StringComparison.Ordinal);
        Assert.Contains("/lib/katex/katex.min.js", html, StringComparison.Ordinal);
        Assert.Contains("/lib/katex/auto-render.min.js", html, StringComparison.Ordinal);
        Assert.Contains("/lib/highlight/highlight.min.js", html, StringComparison.Ordinal);
        Assert.Contains("<form class=\"quiz", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/exercises/", html, StringComparison.Ordinal);
        Assert.Contains("Open this exercise in my server", html, StringComparison.Ordinal);
        // Answers stay on the server; anonymous pages carry no per-visitor token.
        Assert.DoesNotContain("quiz-explanation", html, StringComparison.Ordinal);
        Assert.DoesNotContain("correct: true", html, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_browser_libraries_are_served_from_the_hub()
    {
        using var client = hub.NewClient();
        foreach (var path in new[] { "/lib/katex/katex.min.js", "/lib/katex/katex.min.css", "/lib/katex/auto-render.min.js", "/lib/highlight/highlight.min.js", "/js/lecture.js" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} (wwwroot/lib is copied from npm by the build: is npm installed?)");
        }
    }

    [Fact]
    public async Task The_api_lists_courses_without_progress_for_anonymous_callers()
    {
        using var client = hub.NewClient();
        var courses = await client.Http.GetFromJsonAsync<List<CourseSummaryDto>>("/api/courses");
        var course = await client.Http.GetFromJsonAsync<CourseDto>("/api/courses/neural-networks");

        Assert.NotNull(courses);
        Assert.True(courses.Count >= 3);
        Assert.All(courses, c => Assert.Null(c.Progress));
        Assert.Equal(6, course!.Lectures.Count);
        Assert.Null(course.Progress);
        Assert.Contains("backprop-cost", course.Lectures[1].QuizIds);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/courses/nope")).StatusCode);
    }
}
