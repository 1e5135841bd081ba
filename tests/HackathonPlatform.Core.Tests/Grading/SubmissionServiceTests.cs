using System.Security.Cryptography;
using System.Text;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Tests.Grading;

public sealed class SubmissionServiceTests(PostgresServer postgres) : DataTestBase(postgres)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_submission_is_stored_byte_for_byte_with_its_sha256_and_a_queued_job(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var world = await GradingWorld.CreateAsync(database);
        // A byte-order mark, CRLF line ends, non-ASCII text and a NUL: nothing may be normalised.
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\r\n \"cells\": [],\r\n \"x\": \"Müller — ψ\"\u0000}\r\n")];
        var id = await world.SubmitAsync(bytes);

        await using var db = database.NewContext();
        var stored = await db.Submissions.Include(s => s.Job).SingleAsync(s => s.Id == id);
        Assert.Equal(bytes, stored.Notebook);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Sha256);
        Assert.Equal(1, stored.Attempt);
        Assert.Equal($"group-{world.GroupId}", stored.OwnerKey);
        Assert.Equal(GradingJobStatus.Queued, stored.Job!.Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Simultaneous_submissions_of_one_group_get_distinct_attempt_numbers(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var world = await GradingWorld.CreateAsync(database);
        using var gate = new ManualResetEventSlim(false);
        var tasks = Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            gate.Wait();
            await using var db = database.NewContext();
            var outcome = await world.Submissions(db).SubmitAsync(world.Request(GradingWorld.Notebook($"{{\"n\": {i}}}"), i % 2 == 0 ? world.MemberId : world.OtherMemberId));
            Assert.True(outcome.Succeeded, outcome.ErrorSummary);
        })).ToList();
        gate.Set();
        await Task.WhenAll(tasks);

        await using var read = database.NewContext();
        var attempts = await read.Submissions.Where(s => s.GroupId == world.GroupId).Select(s => s.Attempt).OrderBy(a => a).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 12), attempts);
        Assert.Equal(12, await read.GradingJobs.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_submission_limit_holds_when_a_group_submits_many_at_once(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var world = await GradingWorld.CreateAsync(database);
        using var gate = new ManualResetEventSlim(false);
        var tasks = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            gate.Wait();
            await using var db = database.NewContext();
            return await world.Submissions(db).SubmitAsync(world.Request(max: 3));
        })).ToList();
        gate.Set();
        var outcomes = await Task.WhenAll(tasks);

        Assert.Equal(3, outcomes.Count(o => o.Succeeded));
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Contains("Submissions", o.Errors.Keys));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_submission_after_the_deadline_is_flagged_late_and_one_before_is_not(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var world = await GradingWorld.CreateAsync(database);
        await using var db = database.NewContext();
        var onTime = await world.Submissions(db).SubmitAsync(world.Request(due: world.Clock.Now.AddMinutes(1)));
        var late = await world.Submissions(db).SubmitAsync(world.Request(due: world.Clock.Now.AddSeconds(-1)));

        Assert.False(onTime.Value!.IsLate);
        Assert.True(late.Value!.IsLate);
        Assert.Equal(2, late.Value.Attempt);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Empty_and_oversized_files_are_refused_and_use_no_attempt(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var world = await GradingWorld.CreateAsync(database);
        await using var db = database.NewContext();
        var empty = await world.Submissions(db).SubmitAsync(world.Request(notebook: []));
        var huge = await world.Submissions(db).SubmitAsync(world.Request(notebook: new byte[Core.Grading.GradingLimits.MaxNotebookBytes + 1]));

        Assert.Contains("Notebook", empty.Errors.Keys);
        Assert.Contains("Notebook", huge.Errors.Keys);
        Assert.Equal(0, await db.Submissions.CountAsync());
    }
}
