using System.Globalization;
using System.Security.Cryptography;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Grading;

/// <summary>
/// Stores submissions and queues their grading in one transaction: a stored submission always has
/// a job, so a hub restart loses nothing. Attempt numbers are serialised per hackathon (its lock)
/// and guarded by a unique index, so simultaneous submissions of one group get distinct numbers.
/// </summary>
public sealed class SubmissionService(HubDbContext db, TimeProvider clock)
{
    private const int MaxConflictRetries = 20;

    /// <summary>Stores the notebook byte for byte with its SHA-256, and queues it for grading.</summary>
    /// <param name="request">The notebook and the exercise's rules.</param>
    /// <param name="ct">Cancels the operation.</param>
    /// <returns>The submission, or errors on "Notebook" (empty, too large) and "Submissions" (limit reached).</returns>
    public async Task<Outcome<Submission>> SubmitAsync(SubmissionRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Notebook.Length == 0)
        {
            return Outcome<Submission>.Invalid("Notebook", "The file is empty.");
        }

        if (request.Notebook.Length > GradingLimits.MaxNotebookBytes)
        {
            return Outcome<Submission>.Invalid("Notebook", $"The notebook is larger than {GradingLimits.MaxNotebookBytes / (1024 * 1024)} MiB; clear large outputs and submit again.");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(request.Notebook));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TrySubmitAsync(request, sha, ct);
            }
            catch (DbUpdateException) when (attempt < MaxConflictRetries)
            {
                // Another submission of the same owner took this attempt number first; count again.
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(5, 25) * attempt, ct);
            }
        }
    }

    private async Task<Outcome<Submission>> TrySubmitAsync(SubmissionRequest request, string sha, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (request.HackathonId is { } hackathonId)
        {
            await db.LockHackathonAsync(hackathonId, ct);
        }

        var owner = request.Owner.Key;
        var previous = await db.Submissions.Where(s => s.ExerciseId == request.ExerciseId && s.OwnerKey == owner).MaxAsync(s => (int?)s.Attempt, ct) ?? 0;
        if (request.MaxSubmissions is { } max && previous >= max)
        {
            return Outcome<Submission>.Invalid("Submissions", string.Create(CultureInfo.InvariantCulture, $"All {max} submissions allowed for this exercise are used."));
        }

        var now = clock.GetUtcNow();
        var submission = new Submission
        {
            ExerciseId = request.ExerciseId,
            HackathonId = request.HackathonId,
            GroupId = request.Owner.GroupId,
            UserId = request.Owner.UserId,
            OwnerKey = owner,
            SubmitterId = request.SubmitterId,
            SubmittedAt = now,
            Notebook = request.Notebook,
            Sha256 = sha,
            Attempt = previous + 1,
            IsLate = request.DueAt is { } due && now > due,
            Job = new GradingJob { Status = GradingJobStatus.Queued, QueuedAt = now },
        };
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<Submission>.Ok(submission);
    }

    /// <summary>How many submissions the owner has made for the exercise.</summary>
    /// <param name="exerciseId">The exercise.</param>
    /// <param name="ownerKey">The owner's key.</param>
    /// <param name="ct">Cancels the query.</param>
    /// <returns>The count.</returns>
    public Task<int> CountAsync(string exerciseId, string ownerKey, CancellationToken ct = default) =>
        db.Submissions.CountAsync(s => s.ExerciseId == exerciseId && s.OwnerKey == ownerKey, ct);

    /// <summary>One submission with its notebook, job, result and manual grades, or null.</summary>
    /// <param name="submissionId">The submission.</param>
    /// <param name="ct">Cancels the query.</param>
    /// <returns>The submission, or null.</returns>
    public Task<Submission?> FindAsync(int submissionId, CancellationToken ct = default) =>
        db.Submissions.AsNoTracking().Include(s => s.Job).Include(s => s.Result).Include(s => s.ManualGrades).Include(s => s.Submitter)
            .AsSplitQuery().FirstOrDefaultAsync(s => s.Id == submissionId, ct);
}
