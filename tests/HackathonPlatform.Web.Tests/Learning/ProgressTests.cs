using System.Net;
using System.Net.Http.Json;
using HackathonPlatform.Web.Learning;
using HackathonPlatform.Web.Tests.Infrastructure;

namespace HackathonPlatform.Web.Tests.Learning;

public sealed class ProgressTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task Marking_lectures_done_counts_on_the_course_page_and_resume_points_past_the_last_opened_lecture()
    {
        var user = await hub.CreateUserAsync("marker");
        using var client = hub.NewClient();
        await client.SignInAsync(user.Email!, HubFactory.Password);

        foreach (var lecture in new[] { "perceptron-and-mlp", "backpropagation", "training-deep-networks" })
        {
            var url = $"/courses/neural-networks/{lecture}";
            var response = await client.PostFormAsync(url + "?handler=done", [], formPage: url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var course = await client.Http.GetStringAsync("/courses/neural-networks");
        Assert.Contains("3 of 6 lectures done", course, StringComparison.Ordinal);
        Assert.Contains("Resume: Convolutional", course, StringComparison.Ordinal);
        Assert.Contains("✓ Done", await client.Http.GetStringAsync("/courses/neural-networks/backpropagation"), StringComparison.Ordinal);
        Assert.Contains("3 of 6 lectures done", await client.Http.GetStringAsync("/courses"), StringComparison.Ordinal);

        var undo = await client.PostFormAsync("/courses/neural-networks/backpropagation?handler=undone", [], formPage: "/courses/neural-networks/backpropagation");
        Assert.Equal(HttpStatusCode.Redirect, undo.StatusCode);
        Assert.Contains("2 of 6 lectures done", await client.Http.GetStringAsync("/courses/neural-networks"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_mark_done_goes_to_sign_in()
    {
        using var client = hub.NewClient();
        var response = await client.Http.PostAsync("/courses/neural-networks/backpropagation?handler=done", new FormUrlEncodedContent([]));

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.PostAsync("/api/courses/neural-networks/backpropagation/done", null)).StatusCode);
    }

    [Fact]
    public async Task The_api_marks_done_and_reports_my_progress()
    {
        var user = await hub.CreateUserAsync("api-marker");
        using var client = hub.NewClient();
        await client.SignInAsync(user.Email!, HubFactory.Password);

        var marked = await (await client.Http.PostAsync("/api/courses/ml-for-physics/what-is-ml/done", null)).Content.ReadFromJsonAsync<ProgressDto>();
        var course = await client.Http.GetFromJsonAsync<CourseDto>("/api/courses/ml-for-physics");
        var list = await client.Http.GetFromJsonAsync<List<CourseSummaryDto>>("/api/courses");

        Assert.Equal(1, marked!.Done);
        Assert.Equal("supervised-learning", marked.NextLectureId);
        Assert.True(course!.Lectures[0].IsDone);
        Assert.Equal(1, list!.Single(c => c.Id == "ml-for-physics").Progress!.Done);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.PostAsync("/api/courses/ml-for-physics/nope/done", null)).StatusCode);
        var unmarked = await (await client.Http.DeleteAsync("/api/courses/ml-for-physics/what-is-ml/done")).Content.ReadFromJsonAsync<ProgressDto>();
        Assert.Equal(0, unmarked!.Done);
    }
}
