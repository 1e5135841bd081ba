using System.Net;
using System.Net.Http.Json;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Grading;
using HackathonPlatform.Web.Tests.Infrastructure;

namespace HackathonPlatform.Web.Tests.Grading;

/// <summary>The course gradebook: self-learners × the course's exercises, page and CSV, for course staff only.</summary>
public sealed class CourseGradebookTests(GradingHubFactory hub) : IClassFixture<GradingHubFactory>
{
    private const string Course = "quantum-ml";
    private const string Page = "/grading/courses/" + Course + "/gradebook";
    private const string Csv = "/api/courses/" + Course + "/gradebook.csv";

    [Fact]
    public async Task A_self_learners_graded_work_is_a_row_with_the_final_score_and_the_csv_has_the_hackathon_gradebooks_columns()
    {
        var learner = await hub.CreateUserAsync("learner-lea");
        using var client = hub.NewClient();
        await client.SignInAsync(learner.Email!, HubFactory.Password);
        using var self = new GradingClient(client, learner, null);
        var graded = await self.SubmitAndWaitAsync(SubmissionNotebooks.Bytes(SubmissionNotebooks.Solved(await self.ReleaseAsync())));
        Assert.Equal(7, graded.Score);
        // A hackathon participant's work belongs to the hackathon's gradebook, not the course's.
        using var participant = await GradingClient.ParticipantAsync(hub, "hackathon-hal");
        await participant.SubmitAndWaitAsync(SubmissionNotebooks.Bytes(SubmissionNotebooks.Solved(await participant.ReleaseAsync())));
        using var tutor = await StaffAsync("course-tutor", PlatformRoles.Tutor);

        // The tutor gives the written answer 2 of its 3 points: the cell shows the final score, 9.
        using var saved = await tutor.PostFormAsync($"/grading/submissions/{graded.Id}", new() { ["gradeId"] = "cvar_answer", ["points"] = "2", ["comment"] = "Fine." }, handler: "Grade");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await tutor.Http.GetStringAsync(Page);
        Assert.Contains("<tr data-owner=\"learner-lea\">", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/grading/submissions/{graded.Id}\">9</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("hackathon-hal", page, StringComparison.Ordinal);

        var csv = (await tutor.Http.GetStringAsync(Csv)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var e = GradingHubFactory.Exercise;
        Assert.Equal($"Name,Owner,{e} score,{e} max,{e} attempts,{e} late,{e} needs manual grading,Total", csv[0]);
        Assert.Contains($"learner-lea,user-{learner.Id},9,10,1,no,no,9", csv);
        Assert.DoesNotContain(csv, l => l.StartsWith("hackathon-hal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_grading_overview_links_course_staff_to_the_course_gradebook()
    {
        using var organiser = await StaffAsync("course-organiser", PlatformRoles.Organiser);
        var overview = await organiser.Http.GetStringAsync("/grading");
        Assert.Contains($"href=\"{Page}\"", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Participants_are_refused_and_anonymous_visitors_are_sent_to_sign_in()
    {
        using var participant = await GradingClient.ParticipantAsync(hub, "curious-carl");
        using var anonymous = hub.NewClient();

        using (var page = await participant.Client.GetAsync(Page))
        {
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Contains("/account/access-denied", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        using (var csv = await participant.Client.GetAsync(Csv))
        {
            Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
        }

        using (var page = await anonymous.GetAsync(Page))
        {
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Contains("/account/login", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        using (var csv = await anonymous.GetAsync(Csv))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, csv.StatusCode);
        }

        // A hackathon tutor without the global Tutor role tutors that hackathon only, not the courses.
        var appointed = await hub.CreateUserAsync("appointed-only");
        await hub.AppointAsync(await hub.DemoHackathonAsync(), appointed, StaffRole.Tutor);
        using var client = hub.NewClient();
        await client.SignInAsync(appointed.Email!, HubFactory.Password);
        using var refused = await client.GetAsync(Csv);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task An_unknown_course_is_not_found()
    {
        using var admin = hub.NewClient();
        await admin.SignInAsync(HubFactory.AdminEmail, HubFactory.AdminPassword);
        using var page = await admin.GetAsync("/grading/courses/no-such-course/gradebook");
        using var csv = await admin.GetAsync("/api/courses/no-such-course/gradebook.csv");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
    }

    private async Task<HubClient> StaffAsync(string name, string role)
    {
        var user = await hub.CreateUserAsync(name, role);
        var client = hub.NewClient();
        await client.SignInAsync(user.Email!, HubFactory.Password);
        return client;
    }
}
