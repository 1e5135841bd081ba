using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Usage;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Web.Jobs;

/// <summary>
/// Brings one saved job up to date with its backend: state, reason, times, exit code, and its usage record (source
/// "job"), opened once the job has started and closed at its end. Every step is idempotent and the usage record is
/// looked up before it is opened, so a hub that restarts at any point re-attaches without counting anything twice.
/// </summary>
public sealed partial class BatchJobTracker(HubDbContext db, UsageService usage, IBatchJobBackend backend, TimeProvider clock, ILogger<BatchJobTracker> logger)
{
    /// <summary>A job the backend never got an id for (the hub stopped mid-submission) is given up after this long.</summary>
    private static readonly TimeSpan SubmissionGrace = TimeSpan.FromMinutes(2);

    // The poller and a page's submit or cancel may refresh the same job at once: one at a time, or both could open a record.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Ids of the jobs that have not ended, oldest first.</summary>
    public Task<List<int>> UnfinishedAsync(CancellationToken ct) =>
        db.BatchJobs.Where(j => j.State == BatchJobState.Pending || j.State == BatchJobState.Running).OrderBy(j => j.Id).Select(j => j.Id).ToListAsync(ct);

    /// <summary>Observes the job once and saves what changed; a backend that cannot be reached leaves it as it was.</summary>
    public async Task RefreshAsync(int jobId, CancellationToken ct)
    {
        await Gate.WaitAsync(ct);
        try
        {
            await RefreshLockedAsync(jobId, ct);
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task RefreshLockedAsync(int jobId, CancellationToken ct)
    {
        var job = await db.BatchJobs.FirstOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is null || job.HasEnded || job.Backend != backend.Name)
        {
            return;
        }

        JobObservation? seen;
        if (job.BackendJobId is null)
        {
            if (clock.GetUtcNow() - job.SubmittedAt < SubmissionGrace)
            {
                return;
            }

            seen = new JobObservation(BatchJobState.Failed, "The hub stopped while submitting it; it was never queued.", null, clock.GetUtcNow(), null);
        }
        else
        {
            try
            {
                seen = await backend.ObserveAsync(job, ct) ?? new JobObservation(
                    BatchJobState.Failed, "The cluster no longer knows this job; its end was not observed.", job.StartedAt, clock.GetUtcNow(), null);
            }
            catch (JobBackendException ex)
            {
                LogUnreachable(ex, job.Id);
                return;
            }
        }

        await ApplyAsync(job, seen, ct);
    }

    private async Task ApplyAsync(BatchJob job, JobObservation seen, CancellationToken ct)
    {
        job.StartedAt ??= seen.StartedAt;
        if (job.StartedAt is { } started && seen.State != BatchJobState.Pending)
        {
            // Any record of this job, open or closed: a job that ended while the hub was down still gets exactly one.
            var recorded = await db.UsageRecords.AnyAsync(u => u.OwnerKey == job.UsageOwnerKey && u.Source == UsageSources.Job, ct);
            if (!recorded)
            {
                await usage.OpenAsync(new UsageStart(job.UsageOwnerKey, job.GroupId, job.UserId, job.Flavour, job.GpuCount, started, UsageSources.Job), ct);
            }
        }

        (job.State, job.Reason, job.ExitCode, job.EndedAt) = (seen.State, seen.Reason, seen.ExitCode ?? job.ExitCode, seen.EndedAt ?? job.EndedAt);
        if (job.HasEnded)
        {
            await usage.CloseAsync(job.UsageOwnerKey, UsageSources.Job, job.EndedAt ?? clock.GetUtcNow(), ct);
        }

        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId}: the backend cannot be reached; its state is kept until the next poll")]
    private partial void LogUnreachable(Exception ex, int jobId);
}
