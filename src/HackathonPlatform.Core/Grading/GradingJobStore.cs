using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Grading;

/// <summary>
/// The durable grading queue. A worker claims a job with a conditional UPDATE (queued, or running
/// with an expired lease), so two workers never hold one job; it renews the lease while it works;
/// its completion counts only while it still holds the lease, so a job retried after a worker died
/// or requeued for a regrade is never counted twice.
/// </summary>
public sealed class GradingJobStore(HubDbContext db, TimeProvider clock)
{
    /// <summary>Claims the oldest available job, or returns null when there is none.</summary>
    /// <param name="worker">A name unique to this worker (host, process, index).</param>
    /// <param name="lease">How long the claim holds without renewal.</param>
    /// <param name="ct">Cancels the claim.</param>
    /// <returns>The claimed job with its submission (notebook included), or null.</returns>
    public async Task<GradingJob?> ClaimAsync(string worker, TimeSpan lease, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await GiveUpExhaustedAsync(now, ct);
        // A few candidates: when another worker wins one, try the next instead of waiting a poll interval.
        var candidates = await Available(now).OrderBy(j => j.Id).Select(j => j.Id).Take(5).ToListAsync(ct);
        foreach (var id in candidates)
        {
            var claimed = await Available(now).Where(j => j.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, GradingJobStatus.Running)
                .SetProperty(j => j.LeaseOwner, worker)
                .SetProperty(j => j.LeaseExpiresAt, now + lease)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1), ct);
            if (claimed == 1)
            {
                return await db.GradingJobs.AsNoTracking().Include(j => j.Submission).FirstAsync(j => j.Id == id, ct);
            }
        }

        return null;
    }

    /// <summary>Extends the lease of a job this worker holds.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="worker">The claiming worker.</param>
    /// <param name="lease">The new lease, from now.</param>
    /// <param name="ct">Cancels the update.</param>
    /// <returns>False when the lease was lost (expired and taken, or requeued): stop working on it.</returns>
    public async Task<bool> RenewAsync(int jobId, string worker, TimeSpan lease, CancellationToken ct = default) =>
        await Held(jobId, worker).ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresAt, clock.GetUtcNow() + lease), ct) == 1;

    /// <summary>Stores the result and marks the job succeeded, if this worker still holds it.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="worker">The claiming worker.</param>
    /// <param name="record">What grading produced.</param>
    /// <param name="ct">Cancels the write.</param>
    /// <returns>False when the lease was lost and nothing was written.</returns>
    public async Task<bool> CompleteAsync(int jobId, string worker, GradeRecord record, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var finished = await Held(jobId, worker).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, GradingJobStatus.Succeeded)
            .SetProperty(j => j.FinishedAt, now)
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null)
            .SetProperty(j => j.Error, (string?)null), ct);
        if (finished != 1)
        {
            return false;
        }

        var submissionId = await db.GradingJobs.Where(j => j.Id == jobId).Select(j => j.SubmissionId).FirstAsync(ct);
        var submission = await db.Submissions.Include(s => s.Result).Include(s => s.ManualGrades).FirstAsync(s => s.Id == submissionId, ct);
        submission.IsLate = record.IsLate;
        var result = submission.Result ??= new GradeResult();
        result.AutoScore = record.AutoScore;
        result.MaxScore = record.MaxScore;
        result.CellsJson = CellResult.Serialize(record.Cells);
        result.Flags = string.Join(',', record.Flags.Distinct(StringComparer.Ordinal));
        result.GradedNotebook = record.GradedNotebook;
        result.FeedbackHtml = record.FeedbackHtml;
        result.Error = Truncate(record.Error);
        result.GradedAt = now;
        Scores.Apply(result, submission.ManualGrades, record.Cells, record.LatePenalty);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>Records a failed run: the job is queued again, or failed after the last attempt.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="worker">The claiming worker.</param>
    /// <param name="error">What went wrong.</param>
    /// <param name="ct">Cancels the write.</param>
    /// <returns>False when the lease was already lost.</returns>
    public async Task<bool> FailAsync(int jobId, string worker, string error, CancellationToken ct = default)
    {
        var attempts = await db.GradingJobs.Where(j => j.Id == jobId).Select(j => j.Attempts).FirstOrDefaultAsync(ct);
        var status = attempts >= GradingLimits.MaxJobAttempts ? GradingJobStatus.Failed : GradingJobStatus.Queued;
        DateTimeOffset? finished = status == GradingJobStatus.Failed ? clock.GetUtcNow() : null;
        return await Held(jobId, worker).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, status)
            .SetProperty(j => j.Error, Truncate(error))
            .SetProperty(j => j.FinishedAt, finished)
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null), ct) == 1;
    }

    /// <summary>Queues the submissions of an exercise again (a test or the deadline changed); results stay until replaced.</summary>
    /// <param name="exerciseId">The exercise.</param>
    /// <param name="hackathonId">Only this hackathon's submissions, or null for the exercise's course submissions.</param>
    /// <param name="ct">Cancels the update.</param>
    /// <returns>How many jobs were queued.</returns>
    public Task<int> RequeueExerciseAsync(string exerciseId, int? hackathonId, CancellationToken ct = default) =>
        Requeue(db.GradingJobs.Where(j => j.Submission!.ExerciseId == exerciseId && j.Submission.HackathonId == hackathonId), ct);

    /// <summary>Queues one submission again.</summary>
    /// <param name="submissionId">The submission.</param>
    /// <param name="ct">Cancels the update.</param>
    /// <returns>1 when queued, 0 when there is no such submission.</returns>
    public Task<int> RequeueSubmissionAsync(int submissionId, CancellationToken ct = default) =>
        Requeue(db.GradingJobs.Where(j => j.SubmissionId == submissionId), ct);

    private Task<int> Requeue(IQueryable<GradingJob> jobs, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // Clearing the lease owner also voids the completion of a worker still running the old grading.
        return jobs.ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, GradingJobStatus.Queued)
            .SetProperty(j => j.Attempts, 0)
            .SetProperty(j => j.QueuedAt, now)
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null)
            .SetProperty(j => j.FinishedAt, (DateTimeOffset?)null)
            .SetProperty(j => j.Error, (string?)null), ct);
    }

    private Task<int> GiveUpExhaustedAsync(DateTimeOffset now, CancellationToken ct) =>
        db.GradingJobs.Where(j => j.Status == GradingJobStatus.Running && j.LeaseExpiresAt < now && j.Attempts >= GradingLimits.MaxJobAttempts)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, GradingJobStatus.Failed)
                .SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.Error, $"Grading stopped {GradingLimits.MaxJobAttempts} times without finishing (worker killed or out of memory); a tutor can regrade."), ct);

    private IQueryable<GradingJob> Available(DateTimeOffset now) =>
        db.GradingJobs.Where(j => j.Status == GradingJobStatus.Queued
            || (j.Status == GradingJobStatus.Running && j.LeaseExpiresAt < now && j.Attempts < GradingLimits.MaxJobAttempts));

    private IQueryable<GradingJob> Held(int jobId, string worker) =>
        db.GradingJobs.Where(j => j.Id == jobId && j.Status == GradingJobStatus.Running && j.LeaseOwner == worker);

    private static string? Truncate(string? text) =>
        text is { Length: > GradingLimits.ErrorLength } ? text[..(GradingLimits.ErrorLength - 1)] + "…" : text;
}
