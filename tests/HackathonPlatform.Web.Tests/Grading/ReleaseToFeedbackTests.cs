using System.Net;
using System.Net.Http.Json;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Grading;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Grading;

/// <summary>Journeys 2 and 3 over HTTP: release, submit, autograde, tutor grades by hand and releases, participant reads.</summary>
public sealed class ReleaseToFeedbackTests(GradingHubFactory hub) : IClassFixture<GradingHubFactory>
{
    [Fact]
    public async Task From_release_to_feedback_the_tutors_points_and_comment_reach_the_participant_only_after_release()
    {
        using var p = await GradingClient.ParticipantAsync(hub, "paola");
        var tutorUser = await hub.CreateUserAsync("tutor-tom");
        await hub.AppointAsync(await hub.DemoHackathonAsync(), tutorUser, StaffRole.Tutor);
        using var tutor = hub.NewClient();
        await tutor.SignInAsync(tutorUser.Email!, HubFactory.Password);
        var graded = await p.SubmitAndWaitAsync(SubmissionNotebooks.Bytes(SubmissionNotebooks.Solved(await p.ReleaseAsync())));
        var page = $"/grading/submissions/{graded.Id}";

        using var saved = await tutor.PostFormAsync(page, new() { ["gradeId"] = "cvar_answer", ["points"] = "2.5", ["comment"] = "Right idea; say what CVaR gives up." }, handler: "Grade");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var before = await p.MineAsync(graded.Id);
        Assert.False(before.Released);
        Assert.Empty(before.Comments);
        using (var hidden = await p.Client.GetAsync($"/api/exercises/{GradingHubFactory.Exercise}/submissions/{graded.Id}/feedback"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        var demo = await hub.DemoHackathonAsync();
        var exercisePage = $"/grading/hackathons/{demo.Id}/exercises/{GradingHubFactory.Exercise}";
        using var released = await tutor.PostFormAsync(exercisePage, [], handler: "Release");
        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);

        var after = await p.MineAsync(graded.Id);
        Assert.True(after.Released);
        Assert.Equal(9.5, after.FinalScore);
        Assert.Equal("Right idea; say what CVaR gives up.", Assert.Single(after.Comments).Comment);
        Assert.Equal(2.5, after.Tests.Single(t => t.GradeId == "cvar_answer").Points);
        var feedback = await p.Client.Http.GetStringAsync($"/api/exercises/{GradingHubFactory.Exercise}/submissions/{graded.Id}/feedback");
        Assert.Contains("Score: 7 / 10", feedback, StringComparison.Ordinal);
        var html = await p.Client.Http.GetStringAsync($"/exercises/{GradingHubFactory.Exercise}");
        Assert.Contains("graded: <strong class=\"score\">7/10</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Right idea; say what CVaR gives up.", html, StringComparison.Ordinal);

        var csv = await tutor.Http.GetStringAsync($"/api/hackathons/{demo.Id}/gradebook.csv");
        var row = csv.Split("\r\n").Single(l => l.StartsWith($"Group of paola,group-{p.Group!.Id},", StringComparison.Ordinal));
        Assert.Contains(",9.5,10,1,no,no,", row, StringComparison.Ordinal);
        Assert.EndsWith(",9.5", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hidden_tests_never_appear_in_any_participant_response_even_when_their_traceback_quotes_them()
    {
        using var p = await GradingClient.ParticipantAsync(hub, "peeker");
        var release = await p.ReleaseAsync();
        // The unsolved release fails every test: the fake kernel's tracebacks quote the hidden tests.
        var failing = await p.SubmitAndWaitAsync(System.Text.Encoding.UTF8.GetBytes(release));
        await hub.WithScopeAsync(async sp =>
            await sp.GetRequiredService<Core.Grading.ManualGradingService>().ReleaseAsync(GradingHubFactory.Exercise, (await hub.DemoHackathonAsync()).Id));

        string[] urls =
        [
            $"/api/exercises/{GradingHubFactory.Exercise}/notebook",
            $"/api/exercises/{GradingHubFactory.Exercise}",
            "/api/exercises",
            $"/api/exercises/{GradingHubFactory.Exercise}/submissions",
            $"/api/exercises/{GradingHubFactory.Exercise}/submissions/{failing.Id}",
            $"/api/exercises/{GradingHubFactory.Exercise}/submissions/{failing.Id}/feedback",
            $"/api/exercises/{GradingHubFactory.Exercise}/leaderboard",
            $"/exercises/{GradingHubFactory.Exercise}",
            $"/exercises/{GradingHubFactory.Exercise}/leaderboard",
            "/exercises",
        ];
        foreach (var url in urls)
        {
            using var response = await p.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            foreach (var h in SubmissionNotebooks.HiddenSnippets)
            {
                var at = body.IndexOf(h, StringComparison.Ordinal);
                Assert.True(at < 0, $"{url} shows '{h}': …{(at < 0 ? "" : body[Math.Max(0, at - 200)..Math.Min(body.Length, at + 100)])}…");
            }
        }

        // The tutor does see them: the per-cell view shows the restored test cells.
        using var tutor = hub.NewClient();
        await tutor.SignInAsync(HubFactory.AdminEmail, HubFactory.AdminPassword);
        Assert.Contains("== 12.0", await tutor.Http.GetStringAsync($"/grading/submissions/{failing.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_leaderboard_ranks_the_best_on_time_score_per_group_ties_going_to_the_earlier_submission()
    {
        using var first = await GradingClient.ParticipantAsync(hub, "early-bird");
        using var second = await GradingClient.ParticipantAsync(hub, "night-owl");
        using var third = await GradingClient.ParticipantAsync(hub, "zero-hero");
        var solved = SubmissionNotebooks.Bytes(SubmissionNotebooks.Solved(await first.ReleaseAsync()));
        await first.SubmitAndWaitAsync(solved);
        await third.SubmitAndWaitAsync(System.Text.Encoding.UTF8.GetBytes(await third.ReleaseAsync()));
        await second.SubmitAndWaitAsync(solved);
        await second.SubmitAndWaitAsync(System.Text.Encoding.UTF8.GetBytes(await second.ReleaseAsync()));

        var board = (await second.Client.Http.GetFromJsonAsync<List<LeaderboardRowDto>>($"/api/exercises/{GradingHubFactory.Exercise}/leaderboard"))!;
        var mine = board.Where(r => r.Name.StartsWith("Group of ", StringComparison.Ordinal) && new[] { "early-bird", "night-owl", "zero-hero" }.Any(n => r.Name.EndsWith(n, StringComparison.Ordinal))).ToList();
        Assert.Equal(["Group of early-bird", "Group of night-owl", "Group of zero-hero"], mine.Select(r => r.Name));
        Assert.Equal([7.0, 7.0, 0.0], mine.Select(r => r.Score));
        Assert.Equal(2, mine[1].Submissions);
        Assert.True(mine[1].IsMine);
    }
}
