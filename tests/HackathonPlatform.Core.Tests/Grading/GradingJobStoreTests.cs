using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Grading;
using HackathonPlatform.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Tests.Grading;

public sealed class GradingJobStoreTests(PostgresServer postgres) : DataTestBase(postgres)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Concurrent_workers_each_claim_a_different_job_and_none_is_claimed_twice(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var world = await GradingWorld.CreateAsync(database);
        for (var i = 0; i < 4; i++)
        {
            await world.SubmitAsync();
        }

        using var gate = new ManualResetEventSlim(false);
        var tasks = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            gate.Wait();
            await using var db = database.NewContext();
            return await world.Jobs(db).ClaimAsync($"worker-{w}", Lease);
        })).ToList();
        gate.Set();
        var claims = await Task.WhenAll(tasks);

        var claimed = claims.OfType<GradingJob>().ToList();
        Assert.Equal(claimed.Count, claimed.Select(j => j.Id).Distinct().Count());
        await using var read = database.NewContext();
        Assert.Equal(claimed.Count, await read.GradingJobs.CountAsync(j => j.Status == GradingJobStatus.Running));
        Assert.All(claimed, j => Assert.Equal(1, j.Attempts));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_killed_worker_lets_its_lease_expire_another_retries_and_the_grade_counts_once(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var world = await GradingWorld.CreateAsync(database);
        var submissionId = await world.SubmitAsync();
        await using var db = database.NewContext();
        var jobs = world.Jobs(db);

        var first = await jobs.ClaimAsync("killed", Lease);
        Assert.NotNull(first);
        Assert.Null(await jobs.ClaimAsync("rescuer", Lease));

        world.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var retried = await jobs.ClaimAsync("rescuer", Lease);
        Assert.Equal(first.Id, retried?.Id);
        Assert.Equal(2, retried!.Attempts);
        Assert.Equal(submissionId, retried.Submission!.Id);

        Assert.True(await jobs.CompleteAsync(retried.Id, "rescuer", GradingWorld.Record(7)));
        // The first worker comes back to life and finishes too: its lease is gone, nothing is written.
        Assert.False(await jobs.CompleteAsync(first.Id, "killed", GradingWorld.Record(0)));
        Assert.False(await jobs.CompleteAsync(retried.Id, "rescuer", GradingWorld.Record(0)));

        await using var read = database.NewContext();
        var result = await read.GradeResults.SingleAsync();
        Assert.Equal(7, result.AutoScore);
        Assert.Equal(GradingJobStatus.Succeeded, (await read.GradingJobs.SingleAsync()).Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_job_that_kills_every_worker_fails_after_the_last_attempt(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var world = await GradingWorld.CreateAsync(database);
        await world.SubmitAsync();
        await using var db = database.NewContext();
        var jobs = world.Jobs(db);
        for (var i = 0; i < GradingLimits.MaxJobAttempts; i++)
        {
            Assert.NotNull(await jobs.ClaimAsync($"w{i}", Lease));
            world.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        }

        Assert.Null(await jobs.ClaimAsync("last", Lease));
        await using var read = database.NewContext();
        var job = await read.GradingJobs.SingleAsync();
        Assert.Equal(GradingJobStatus.Failed, job.Status);
        Assert.Contains("regrade", job.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_failed_run_is_retried_then_marked_failed(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var world = await GradingWorld.CreateAsync(database);
        await world.SubmitAsync();
        await using var db = database.NewContext();
        var jobs = world.Jobs(db);
        for (var i = 0; i < GradingLimits.MaxJobAttempts; i++)
        {
            var job = await jobs.ClaimAsync("w", Lease);
            Assert.True(await jobs.FailAsync(job!.Id, "w", "kernel did not start"));
        }

        await using var read = database.NewContext();
        var failed = await read.GradingJobs.SingleAsync();
        Assert.Equal(GradingJobStatus.Failed, failed.Status);
        Assert.Equal("kernel did not start", failed.Error);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_regrade_requeues_voids_the_running_grading_and_overwrites_the_one_result(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var world = await GradingWorld.CreateAsync(database);
        await world.SubmitAsync();
        await using var db = database.NewContext();
        var jobs = world.Jobs(db);
        var job = await jobs.ClaimAsync("w", Lease);
        Assert.True(await jobs.CompleteAsync(job!.Id, "w", GradingWorld.Record(3)));

        var stale = await RequeueAndClaim(jobs, world, "old");
        Assert.Equal(1, await jobs.RequeueExerciseAsync(GradingWorld.Exercise, world.HackathonId));
        Assert.False(await jobs.CompleteAsync(stale.Id, "old", GradingWorld.Record(0)));
        var fresh = await jobs.ClaimAsync("new", Lease);
        Assert.True(await jobs.CompleteAsync(fresh!.Id, "new", GradingWorld.Record(7)));

        await using var read = database.NewContext();
        Assert.Equal(7, (await read.GradeResults.SingleAsync()).AutoScore);
    }

    private static async Task<GradingJob> RequeueAndClaim(GradingJobStore jobs, GradingWorld world, string worker)
    {
        Assert.Equal(1, await jobs.RequeueExerciseAsync(GradingWorld.Exercise, world.HackathonId));
        return (await jobs.ClaimAsync(worker, Lease))!;
    }
}
