using System.Net;
using System.Net.Http.Json;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Web.Grading;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Grading;

/// <summary>
/// Edits under exercises/ without a hub restart: a moved deadline re-decides lateness and penalty from
/// the stored submission time; a broken edit keeps the last good version and tells the staff.
/// </summary>
public sealed class ExerciseReloadTests(QuietGradingHubFactory hub) : IClassFixture<QuietGradingHubFactory>
{
    [Fact]
    public async Task Moving_the_deadline_before_a_submission_makes_it_late_with_the_policys_penalty_and_moving_it_after_makes_it_on_time()
    {
        var id = ExerciseFolders.NewId("deadline");
        var folder = ExerciseFolders.Create(hub, id, ExerciseFolders.Settings("Deadline moves", DateTimeOffset.UtcNow.AddDays(3), "percent-per-day 50"));
        await ExerciseFolders.ReloadAsync(hub);
        using var p = await GradingClient.ParticipantAsync(hub, "deadline-dora", withGroup: false);
        var graded = await p.SubmitAndWaitAsync(SubmissionNotebooks.Bytes(SubmissionNotebooks.Solved(await p.ReleaseAsync(id))), id);
        Assert.False(graded.IsLate);
        Assert.Equal((0.0, 7.0), await PenaltyAndFinalAsync(graded.Id));

        // Due an hour before the submission: one started day late, half of the 7 points.
        File.WriteAllText(Path.Combine(folder, "exercise.yml"), ExerciseFolders.Settings("Deadline moves", graded.SubmittedAt.AddHours(-1), "percent-per-day 50"));
        Assert.Equal([id], (await ExerciseFolders.ReloadAsync(hub)).TimingChanged);
        Assert.True((await p.MineAsync(graded.Id, id)).IsLate);
        Assert.Equal((3.5, 3.5), await PenaltyAndFinalAsync(graded.Id));
        using var admin = hub.NewClient();
        await admin.SignInAsync(HubFactory.AdminEmail, HubFactory.AdminPassword);
        Assert.Contains("late penalty 3.5", await admin.Http.GetStringAsync($"/grading/submissions/{graded.Id}"), StringComparison.Ordinal);

        // The policy alone changes: zero if late.
        File.WriteAllText(Path.Combine(folder, "exercise.yml"), ExerciseFolders.Settings("Deadline moves", graded.SubmittedAt.AddHours(-1), "zero"));
        await ExerciseFolders.ReloadAsync(hub);
        Assert.Equal((7.0, 0.0), await PenaltyAndFinalAsync(graded.Id));

        // Due again after the submission: on time, no penalty.
        File.WriteAllText(Path.Combine(folder, "exercise.yml"), ExerciseFolders.Settings("Deadline moves", graded.SubmittedAt.AddMinutes(1), "zero"));
        await ExerciseFolders.ReloadAsync(hub);
        Assert.False((await p.MineAsync(graded.Id, id)).IsLate);
        Assert.Equal((0.0, 7.0), await PenaltyAndFinalAsync(graded.Id));
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_version_and_shows_the_problem_to_staff_until_it_is_fixed()
    {
        var id = ExerciseFolders.NewId("fragile");
        var folder = ExerciseFolders.Create(hub, id, ExerciseFolders.Settings("Fragile v1", DateTimeOffset.UtcNow.AddDays(3), "none"));
        await ExerciseFolders.ReloadAsync(hub);
        using var p = await GradingClient.ParticipantAsync(hub, "fragile-fay", withGroup: false);
        var release = await p.ReleaseAsync(id);

        File.WriteAllText(Path.Combine(folder, "exercise.yml"), ExerciseFolders.Settings("Fragile v2", DateTimeOffset.UtcNow.AddDays(3), "none").Replace("due: ", "due: not-a-date ", StringComparison.Ordinal));
        ExerciseFolders.EditNotebook(folder, n => n.Cells.Single(c => Notebooks.Nbgrader.NbgraderCellExtensions.GradeId(c) == "test_cut_value").Source += "\n// an edit that must not be used yet");
        var changes = await ExerciseFolders.ReloadAsync(hub);

        Assert.Equal([id], changes.KeptLastGood);
        Assert.Empty(changes.TestsChanged);
        var exercise = ExerciseFolders.Provider(hub).Catalog.Find(id);
        Assert.Equal("Fragile v1", exercise?.Title);
        Assert.DoesNotContain("an edit that must not be used yet", ExerciseFolders.Provider(hub).Catalog.Find(id)!.Release.GradingMaster.Cells.Select(c => c.Source).Aggregate(string.Concat), StringComparison.Ordinal);
        Assert.Equal("Fragile v1", (await p.Client.Http.GetFromJsonAsync<ExerciseDto>($"/api/exercises/{id}"))!.Title);
        Assert.Equal(release, await p.ReleaseAsync(id));
        var graded = await p.SubmitAndWaitAsync(SubmissionNotebooks.Bytes(SubmissionNotebooks.Solved(release)), id);
        Assert.Equal(7, graded.Score);

        using var admin = hub.NewClient();
        await admin.SignInAsync(HubFactory.AdminEmail, HubFactory.AdminPassword);
        var overview = await admin.Http.GetStringAsync("/grading");
        Assert.Contains($"{id}/exercise.yml", overview, StringComparison.Ordinal);
        Assert.Contains("is not a date", overview, StringComparison.Ordinal);
        Assert.Contains("last version that loaded", overview, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(folder, "exercise.yml"), ExerciseFolders.Settings("Fragile v2", DateTimeOffset.UtcNow.AddDays(3), "none"));
        var fixedChanges = await ExerciseFolders.ReloadAsync(hub);
        Assert.Empty(fixedChanges.KeptLastGood);
        Assert.Equal([id], fixedChanges.TestsChanged);
        Assert.Equal("Fragile v2", ExerciseFolders.Provider(hub).Catalog.Find(id)?.Title);
        Assert.DoesNotContain($"{id}/exercise.yml", await admin.Http.GetStringAsync("/grading"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_that_never_loaded_stays_out_and_a_deleted_folder_goes()
    {
        var broken = ExerciseFolders.NewId("never");
        ExerciseFolders.Create(hub, broken, "title: [unclosed");
        var gone = ExerciseFolders.NewId("gone");
        var folder = ExerciseFolders.Create(hub, gone, ExerciseFolders.Settings("Soon gone", DateTimeOffset.UtcNow.AddDays(3), "none"));
        await ExerciseFolders.ReloadAsync(hub);
        Assert.Null(ExerciseFolders.Provider(hub).Catalog.Find(broken));
        Assert.NotNull(ExerciseFolders.Provider(hub).Catalog.Find(gone));

        Directory.Delete(folder, recursive: true);
        Assert.Equal([gone], (await ExerciseFolders.ReloadAsync(hub)).Removed);
        Assert.Null(ExerciseFolders.Provider(hub).Catalog.Find(gone));
        Directory.Delete(Path.Combine(ExerciseFolders.Provider(hub).Directory, broken), recursive: true);
        await ExerciseFolders.ReloadAsync(hub);
    }

    private Task<(double Penalty, double Final)> PenaltyAndFinalAsync(int submissionId) =>
        hub.WithScopeAsync(async sp => await sp.GetRequiredService<HubDbContext>().GradeResults.AsNoTracking().Where(r => r.SubmissionId == submissionId)
            .Select(r => new ValueTuple<double, double>(r.LatePenalty, r.FinalScore)).SingleAsync());
}
