using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Grading;
using HackathonPlatform.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Tests.Grading;

public sealed class ManualGradingServiceTests(PostgresServer postgres) : DataTestBase(postgres)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Manual_points_add_to_the_auto_score_the_late_penalty_covers_both_and_saving_twice_counts_once(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var world = await GradingWorld.CreateAsync(database);
        await world.SubmitAsync();
        await using var db = database.NewContext();
        var jobs = world.Jobs(db);
        var job = await jobs.ClaimAsync("w", TimeSpan.FromMinutes(1));
        var tenPercent = (Func<double, double>)(total => total * 0.1);
        Assert.True(await jobs.CompleteAsync(job!.Id, "w", GradingWorld.Record(7) with { IsLate = true, LatePenalty = tenPercent }));
        var graded = await db.GradeResults.AsNoTracking().SingleAsync();
        Assert.True(graded.NeedsManualGrading);
        Assert.Equal(6.3, graded.FinalScore, 6);

        var manual = new ManualGradingService(db, world.Clock);
        var tutor = await new Scenario(database.NewContext()).UserAsync("tutor");
        Assert.True((await manual.SaveAsync(graded.SubmissionId, new ManualGradeInput("cvar_answer", 2, "Good, but what about shot noise?"), tutor.Id, tenPercent)).Succeeded);
        var saved = await manual.SaveAsync(graded.SubmissionId, new ManualGradeInput("cvar_answer", 3, "Good, but what about shot noise?"), tutor.Id, tenPercent);

        Assert.True(saved.Succeeded, saved.ErrorSummary);
        Assert.False(saved.Value!.NeedsManualGrading);
        Assert.Equal(9.0, saved.Value.FinalScore, 6);
        Assert.Equal(1.0, saved.Value.LatePenalty, 6);
        await using var read = database.NewContext();
        Assert.Equal(1, await read.ManualGrades.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Points_out_of_range_and_test_cells_are_refused(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var world = await GradingWorld.CreateAsync(database);
        await world.SubmitAsync();
        await using var db = database.NewContext();
        var jobs = world.Jobs(db);
        var job = await jobs.ClaimAsync("w", TimeSpan.FromMinutes(1));
        await jobs.CompleteAsync(job!.Id, "w", GradingWorld.Record(7));
        var manual = new ManualGradingService(db, world.Clock);
        var id = job.SubmissionId;

        Assert.Contains("Points", (await manual.SaveAsync(id, new ManualGradeInput("cvar_answer", 4, ""), world.MemberId, _ => 0)).Errors.Keys);
        Assert.Contains("Points", (await manual.SaveAsync(id, new ManualGradeInput("cvar_answer", -1, ""), world.MemberId, _ => 0)).Errors.Keys);
        Assert.Contains("GradeId", (await manual.SaveAsync(id, new ManualGradeInput("test_cut_value", 1, ""), world.MemberId, _ => 0)).Errors.Keys);
        Assert.True((await manual.SaveAsync(999_999, new ManualGradeInput("cvar_answer", 1, ""), world.MemberId, _ => 0)).IsNotFound);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Release_marks_the_graded_results_of_the_exercise_and_nothing_else(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var world = await GradingWorld.CreateAsync(database);
        await world.SubmitAsync();
        await world.SubmitAsync();
        await using var db = database.NewContext();
        var jobs = world.Jobs(db);
        var job = await jobs.ClaimAsync("w", TimeSpan.FromMinutes(1));
        await jobs.CompleteAsync(job!.Id, "w", GradingWorld.Record(7));

        var manual = new ManualGradingService(db, world.Clock);
        Assert.Equal(0, await manual.ReleaseAsync("another-exercise", world.HackathonId));
        Assert.Equal(1, await manual.ReleaseAsync(GradingWorld.Exercise, world.HackathonId));
        Assert.Equal(0, await manual.ReleaseAsync(GradingWorld.Exercise, world.HackathonId));

        var summaries = await new GradingQueries(db).ForExerciseAsync(GradingWorld.Exercise, world.HackathonId);
        Assert.Equal(2, summaries.Count);
        Assert.Equal(world.Clock.Now, summaries.Single(s => s.Result is not null).Result!.ReleasedAt);
        Assert.Equal(GradingJobStatus.Queued, summaries.Single(s => s.Result is null).JobStatus);
    }
}
