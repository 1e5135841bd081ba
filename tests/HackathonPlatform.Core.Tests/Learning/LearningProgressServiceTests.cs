using HackathonPlatform.Core.Learning;
using HackathonPlatform.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Tests.Learning;

public sealed class LearningProgressServiceTests(PostgresServer postgres) : DataTestBase(postgres)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Marking_done_twice_keeps_one_row_and_the_first_completion_time(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        await using var s = new Scenario(database.NewContext());
        var learner = await s.UserAsync("learner");
        var service = new LearningProgressService(s.Db, s.Clock);

        var first = (await service.MarkDoneAsync(learner.Id, "neural-networks", "backpropagation")).Value!;
        var again = (await service.MarkDoneAsync(learner.Id, "neural-networks", "backpropagation")).Value!;

        Assert.Equal(first.CompletedAt, again.CompletedAt);
        Assert.Equal(1, await s.Db.LectureProgress.CountAsync());
        var state = await service.GetCourseStateAsync(learner.Id, "neural-networks");
        Assert.Equal(["backpropagation"], state.DoneLectureIds);
        await service.MarkNotDoneAsync(learner.Id, "neural-networks", "backpropagation");
        Assert.Empty((await service.GetCourseStateAsync(learner.Id, "neural-networks")).DoneLectureIds);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_last_opened_lecture_is_remembered_per_course_for_resuming(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        await using var s = new Scenario(database.NewContext());
        var learner = await s.UserAsync("learner");
        var clock = new SteppingClock();
        var service = new LearningProgressService(s.Db, clock);

        await service.RecordOpenedAsync(learner.Id, "ml-for-physics", "what-is-ml");
        await service.RecordOpenedAsync(learner.Id, "ml-for-physics", "gradient-descent");
        await service.RecordOpenedAsync(learner.Id, "quantum-ml", "vqe");
        await service.MarkDoneAsync(learner.Id, "ml-for-physics", "what-is-ml");

        var all = await service.GetAllCourseStatesAsync(learner.Id);
        Assert.Equal("gradient-descent", all["ml-for-physics"].LastOpenedLectureId);
        Assert.Equal(["what-is-ml"], all["ml-for-physics"].DoneLectureIds);
        Assert.Equal("vqe", all["quantum-ml"].LastOpenedLectureId);
        Assert.Empty(all["quantum-ml"].DoneLectureIds);
        var none = await service.GetCourseStateAsync(learner.Id, "neural-networks");
        Assert.Null(none.LastOpenedLectureId);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Attempts_are_stored_and_passed_quizzes_are_those_answered_correctly_once(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        await using var s = new Scenario(database.NewContext());
        var learner = await s.UserAsync("learner");
        var other = await s.UserAsync("other");
        var service = new LearningProgressService(s.Db, new SteppingClock());

        await service.RecordAttemptAsync(new(learner.Id, "c", "l", "q1", ["a"], false));
        await service.RecordAttemptAsync(new(learner.Id, "c", "l", "q1", ["b", "c"], true));
        await service.RecordAttemptAsync(new(learner.Id, "c", "l", "q2", ["0.5"], false));
        await service.RecordAttemptAsync(new(other.Id, "c", "l", "q2", ["0.6"], true));

        Assert.Equal(["q1"], await service.PassedQuizIdsAsync(learner.Id, "c", "l"));
        var attempts = await service.ListAttemptsAsync(learner.Id, "c", "l");
        Assert.Equal(3, attempts.Count);
        Assert.Equal("q2", attempts[0].QuizId);
        Assert.Equal("b\nc", attempts[1].Answers);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Malformed_ids_and_answers_are_rejected_and_nothing_is_stored(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        await using var s = new Scenario(database.NewContext());
        var learner = await s.UserAsync("learner");
        var service = new LearningProgressService(s.Db, TimeProvider.System);

        Assert.False((await service.RecordAttemptAsync(new(learner.Id, "c", "l", "q", [], true))).Succeeded);
        Assert.False((await service.RecordAttemptAsync(new(learner.Id, "c", "l", "q", [new string('x', 3000)], true))).Succeeded);
        Assert.False((await service.RecordAttemptAsync(new(learner.Id, "c", "l", "q", Enumerable.Repeat("a", 51).ToList(), true))).Succeeded);
        Assert.Contains("quiz", (await service.RecordAttemptAsync(new(learner.Id, "c", "l", new string('q', 101), ["a"], true))).Errors.Keys);
        Assert.Contains("course", (await service.MarkDoneAsync(learner.Id, "", "l")).Errors.Keys);
        Assert.False((await service.RecordOpenedAsync("", "c", "l")).Succeeded);

        Assert.Equal(0, await s.Db.QuizAttempts.CountAsync());
        Assert.Equal(0, await s.Db.LectureProgress.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Concurrent_marks_of_the_same_lecture_end_in_one_row(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        string learnerId;
        await using (var s = new Scenario(database.NewContext()))
        {
            learnerId = (await s.UserAsync("learner")).Id;
        }

        var tasks = Enumerable.Range(0, 8).Select(async i =>
        {
            await using var db = database.NewContext();
            var service = new LearningProgressService(db, TimeProvider.System);
            var outcome = i % 2 == 0
                ? await service.MarkDoneAsync(learnerId, "c", "l")
                : await service.RecordOpenedAsync(learnerId, "c", "l");
            Assert.True(outcome.Succeeded, outcome.ErrorSummary);
        });
        await Task.WhenAll(tasks);

        await using var check = database.NewContext();
        var row = Assert.Single(await check.LectureProgress.ToListAsync());
        Assert.NotNull(row.CompletedAt);
        Assert.NotNull(row.LastOpenedAt);
    }
}
