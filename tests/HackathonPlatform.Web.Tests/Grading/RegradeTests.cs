using System.Net;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Grading;

/// <summary>
/// Regrading after an author changes a hidden test: one submission from its page, then all of the
/// exercise's from the grading page; the new autograde replaces the old, the tutor's points stay, and
/// the gradebook still counts each participant once.
/// </summary>
public sealed class RegradeTests(QuietGradingHubFactory hub) : IClassFixture<QuietGradingHubFactory>
{
    [Fact]
    public async Task A_changed_hidden_test_is_noticed_and_regrading_one_then_all_replaces_the_autograde_and_keeps_the_tutors_points()
    {
        var id = ExerciseFolders.NewId("regrade");
        var folder = ExerciseFolders.Create(hub, id, ExerciseFolders.Settings("Regrade me", DateTimeOffset.UtcNow.AddDays(7), "none"));
        Assert.Contains(id, (await ExerciseFolders.ReloadAsync(hub)).Added);
        using var anna = await GradingClient.ParticipantAsync(hub, "regrade-anna", withGroup: false);
        using var ben = await GradingClient.ParticipantAsync(hub, "regrade-ben", withGroup: false);
        var solved = SubmissionNotebooks.Bytes(SubmissionNotebooks.Solved(await anna.ReleaseAsync(id)));
        var first = await anna.SubmitAndWaitAsync(solved, id);
        var second = await ben.SubmitAndWaitAsync(solved, id);
        Assert.Equal(7, first.Score);
        Assert.Equal(7, second.Score);

        using var tutor = await TutorAsync();
        var demo = await hub.DemoHackathonAsync();
        using (var saved = await tutor.PostFormAsync($"/grading/submissions/{first.Id}", new() { ["gradeId"] = "cvar_answer", ["points"] = "2.5", ["comment"] = "Keep this." }, handler: "Grade"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal(9.5, await FinalScoreAsync(first.Id));
        var exercisePage = $"/grading/hackathons/{demo.Id}/exercises/{id}";
        Assert.DoesNotContain("tests-changed", await tutor.Http.GetStringAsync(exercisePage), StringComparison.Ordinal);

        ExerciseFolders.BreakHiddenTest(folder);
        var changes = await ExerciseFolders.ReloadAsync(hub);
        Assert.Equal([id], changes.TestsChanged);
        Assert.Contains("after 2 of these submissions were graded", await tutor.Http.GetStringAsync(exercisePage), StringComparison.Ordinal);

        // Regrade one: Anna's autograde drops by test_cut_value's 3 points; her tutor's 2.5 stay.
        using (var one = await tutor.PostFormAsync($"/grading/submissions/{first.Id}", [], handler: "Regrade"))
        {
            Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
        }

        Assert.Equal(4, (await anna.WaitGradedAsync(first.Id, id)).Score);
        Assert.Equal(6.5, await FinalScoreAsync(first.Id));
        Assert.Equal(7, (await ben.MineAsync(second.Id, id)).Score);
        Assert.Contains("after 1 of these submissions were graded", await tutor.Http.GetStringAsync(exercisePage), StringComparison.Ordinal);

        // Regrade all from the exercise's grading page.
        using (var all = await tutor.PostFormAsync(exercisePage, [], handler: "Regrade"))
        {
            Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        }

        Assert.Equal(4, (await ben.WaitGradedAsync(second.Id, id)).Score);
        Assert.Equal(4, (await anna.WaitGradedAsync(first.Id, id)).Score);
        Assert.Equal(6.5, await FinalScoreAsync(first.Id));
        Assert.DoesNotContain("tests-changed", await tutor.Http.GetStringAsync(exercisePage), StringComparison.Ordinal);
        var kept = await hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().ManualGrades.AsNoTracking().SingleAsync(m => m.SubmissionId == first.Id));
        Assert.Equal((2.5, "Keep this."), (kept.Points, kept.Comment));

        // Each participant once, with one attempt and the regraded final score.
        var csv = (await tutor.Http.GetStringAsync($"/api/hackathons/{demo.Id}/gradebook.csv")).Split("\r\n");
        var header = csv[0].Split(',');
        var column = Array.IndexOf(header, $"{id} score");
        var annaRows = csv.Where(l => l.StartsWith($"regrade-anna,user-{anna.User.Id},", StringComparison.Ordinal)).ToList();
        var row = Assert.Single(annaRows).Split(',');
        Assert.Equal(["6.5", "10", "1"], row[column..(column + 3)]);
        Assert.Equal("4", Assert.Single(csv, l => l.StartsWith($"regrade-ben,user-{ben.User.Id},", StringComparison.Ordinal)).Split(',')[column]);
    }

    [Fact]
    public async Task Course_submissions_are_regraded_from_the_course_gradebook()
    {
        var learner = await hub.CreateUserAsync("course-regrade-lou");
        using var client = hub.NewClient();
        await client.SignInAsync(learner.Email!, HubFactory.Password);
        using var self = new GradingClient(client, learner, null);
        var graded = await self.SubmitAndWaitAsync(SubmissionNotebooks.Bytes(SubmissionNotebooks.Solved(await self.ReleaseAsync())));
        var gradedAt = await GradedAtAsync(graded.Id);

        using var tutor = await TutorAsync(PlatformRoles.Tutor);
        using var regrade = await tutor.PostFormAsync("/grading/courses/quantum-ml/gradebook", new() { ["exerciseId"] = GradingHubFactory.Exercise }, handler: "Regrade");
        Assert.Equal(HttpStatusCode.Redirect, regrade.StatusCode);

        Assert.Equal(7, (await self.WaitGradedAsync(graded.Id)).Score);
        Assert.True(await GradedAtAsync(graded.Id) > gradedAt);
    }

    private async Task<HubClient> TutorAsync(params string[] roles)
    {
        var user = await hub.CreateUserAsync("regrade-tutor-" + Guid.NewGuid().ToString("N")[..6], roles);
        await hub.AppointAsync(await hub.DemoHackathonAsync(), user, StaffRole.Tutor);
        var client = hub.NewClient();
        await client.SignInAsync(user.Email!, HubFactory.Password);
        return client;
    }

    private Task<double> FinalScoreAsync(int submissionId) =>
        hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().GradeResults.Where(r => r.SubmissionId == submissionId).Select(r => r.FinalScore).SingleAsync());

    private Task<DateTimeOffset> GradedAtAsync(int submissionId) =>
        hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().GradeResults.Where(r => r.SubmissionId == submissionId).Select(r => r.GradedAt).SingleAsync());
}
