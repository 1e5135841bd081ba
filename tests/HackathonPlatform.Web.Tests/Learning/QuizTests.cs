using System.Net;
using System.Net.Http.Json;
using HackathonPlatform.Web.Learning;
using HackathonPlatform.Web.Tests.Infrastructure;

namespace HackathonPlatform.Web.Tests.Learning;

public sealed class QuizTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task Anonymous_answers_are_sent_to_the_sign_in_page_and_not_stored()
    {
        using var client = hub.NewClient();
        var before = await hub.CountAttemptsAsync();

        var response = await client.AnswerQuizAsync("backprop-cost", "a");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostJsonAsync($"/api{LearningClient.LectureUrl}/quizzes/backprop-cost", new { answers = new[] { "a" } })).StatusCode);
        Assert.Equal(before, await hub.CountAttemptsAsync());
    }

    [Fact]
    public async Task A_wrong_answer_shows_the_feedback_and_explanation_then_a_right_one_says_correct_and_both_are_stored()
    {
        var user = await hub.CreateUserAsync("quiz-learner");
        using var client = hub.NewClient();
        await client.SignInAsync(user.Email!, HubFactory.Password);
        var before = await hub.CountAttemptsAsync();

        var wrong = await client.AnswerQuizAsync("backprop-cost", "b");
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        var right = await (await client.AnswerQuizAsync("backprop-cost", "a")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Not quite", wrongHtml, StringComparison.Ordinal);
        Assert.Contains("That is the cost of finite differences", wrongHtml, StringComparison.Ordinal);
        Assert.Contains("quiz-explanation", wrongHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"b\" checked>", wrongHtml, StringComparison.Ordinal);
        Assert.Contains("Correct!", right, StringComparison.Ordinal);
        Assert.Equal(before + 2, await hub.CountAttemptsAsync());
    }

    [Fact]
    public async Task Passing_every_quiz_of_a_lecture_marks_it_done_and_the_course_page_counts_it()
    {
        var user = await hub.CreateUserAsync("quiz-finisher");
        using var client = hub.NewClient();
        await client.SignInAsync(user.Email!, HubFactory.Password);

        await client.AnswerQuizAsync("sigmoid-derivative", "0.25");
        await client.AnswerQuizAsync("backprop-cost", "a");
        Assert.Equal(0, await hub.CountDoneAsync(user.Id));
        var last = await (await client.AnswerQuizAsync("backprop-memory", "a", "b")).Content.ReadAsStringAsync();

        Assert.Contains("marked as done", last, StringComparison.Ordinal);
        Assert.Equal(1, await hub.CountDoneAsync(user.Id));
        var course = await client.Http.GetStringAsync("/courses/neural-networks");
        Assert.Contains("1 of 6 lectures done", course, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("backprop-cost", new string[0], "Choose an option")]
    [InlineData("backprop-cost", new[] { "a", "b" }, "exactly one")]
    [InlineData("backprop-cost", new[] { "<script>alert(1)</script>" }, "Unknown option")]
    [InlineData("sigmoid-derivative", new[] { "one quarter" }, "is not a number")]
    [InlineData("sigmoid-derivative", new[] { "NaN" }, "is not a number")]
    [InlineData("no-such-quiz", new[] { "a" }, "Unknown quiz")]
    [InlineData("<img src=x onerror=alert(1)>", new[] { "a" }, "Unknown quiz")]
    public async Task Malformed_submissions_are_shown_as_validation_errors_and_nothing_is_stored(string quiz, string[] answers, string message)
    {
        var user = await hub.CreateUserAsync("hostile-" + Guid.NewGuid().ToString("N")[..6]);
        using var client = hub.NewClient();
        await client.SignInAsync(user.Email!, HubFactory.Password);
        var before = await hub.CountAttemptsAsync();

        var response = await client.AnswerQuizAsync(LearningClient.LectureUrl, Uri.EscapeDataString(quiz), answers);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Equal(before, await hub.CountAttemptsAsync());
    }

    [Fact]
    public async Task Thousands_of_answers_are_refused_without_grading()
    {
        var user = await hub.CreateUserAsync("flooder");
        using var client = hub.NewClient();
        await client.SignInAsync(user.Email!, HubFactory.Password);
        var before = await hub.CountAttemptsAsync();

        var many = await (await client.AnswerQuizAsync("backprop-memory", [.. Enumerable.Repeat("a", 60)])).Content.ReadAsStringAsync();
        var long_ = await (await client.AnswerQuizAsync("sigmoid-derivative", [new string('9', 5000)])).Content.ReadAsStringAsync();
        // Past ASP.NET Core's form limits (1024 values) the request is refused before it reaches the page.
        var flood = await client.AnswerQuizAsync("backprop-memory", [.. Enumerable.Repeat("a", 5000)]);

        Assert.Contains("too long", many, StringComparison.Ordinal);
        Assert.Contains("too long", long_, StringComparison.Ordinal);
        Assert.True(flood.StatusCode == HttpStatusCode.BadRequest || (await flood.Content.ReadAsStringAsync()).Contains("too long", StringComparison.Ordinal), $"{(int)flood.StatusCode}");
        Assert.Equal(before, await hub.CountAttemptsAsync());
    }

    [Fact]
    public async Task The_api_checks_answers_returns_the_verdict_and_rejects_bad_input_with_problem_details()
    {
        var user = await hub.CreateUserAsync("api-learner");
        using var client = hub.NewClient();
        await client.SignInAsync(user.Email!, HubFactory.Password);
        var url = "/api/courses/neural-networks/backpropagation/quizzes/";
        var before = await hub.CountAttemptsAsync();

        var wrong = await (await client.PostJsonAsync(url + "sigmoid-derivative", new { answers = new[] { "0.3" } })).Content.ReadFromJsonAsync<QuizResultDto>();
        var right = await (await client.PostJsonAsync(url + "sigmoid-derivative", new { answers = new[] { "0.25" } })).Content.ReadFromJsonAsync<QuizResultDto>();
        var unknown = await client.PostJsonAsync(url + "nope", new { answers = new[] { "a" } });
        var empty = await client.PostJsonAsync(url + "backprop-cost", new { answers = Array.Empty<string>() });
        var garbage = await client.Http.PostAsync(url + "backprop-cost", new StringContent("{\"answers\": 42}", System.Text.Encoding.UTF8, "application/json"));
        var missingLecture = await client.PostJsonAsync("/api/courses/neural-networks/nope/quizzes/x", new { answers = new[] { "a" } });

        Assert.False(wrong!.IsCorrect);
        Assert.NotNull(wrong.ExplanationHtml);
        Assert.Null(wrong.ExpectedAnswer);
        Assert.True(right!.IsCorrect);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"quiz\"", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingLecture.StatusCode);
        Assert.Equal(before + 2, await hub.CountAttemptsAsync());
    }
}
