using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Grading;

/// <summary>Read models for the participant, tutor and leaderboard pages.</summary>
public sealed class GradingQueries(HubDbContext db)
{
    /// <summary>An owner's submissions of an exercise, newest first.</summary>
    /// <param name="exerciseId">The exercise.</param>
    /// <param name="ownerKey">group-{id} or user-{id}.</param>
    /// <param name="ct">Cancels the query.</param>
    /// <returns>The submissions.</returns>
    public Task<List<SubmissionSummary>> ForOwnerAsync(string exerciseId, string ownerKey, CancellationToken ct = default) =>
        Summaries(db.Submissions.Where(s => s.ExerciseId == exerciseId && s.OwnerKey == ownerKey)).ToListAsync(ct);

    /// <summary>Every submission of an exercise in a hackathon (null: course submissions), newest first.</summary>
    /// <param name="exerciseId">The exercise.</param>
    /// <param name="hackathonId">The hackathon, or null.</param>
    /// <param name="ct">Cancels the query.</param>
    /// <returns>The submissions.</returns>
    public Task<List<SubmissionSummary>> ForExerciseAsync(string exerciseId, int? hackathonId, CancellationToken ct = default) =>
        Summaries(db.Submissions.Where(s => s.ExerciseId == exerciseId && s.HackathonId == hackathonId)).ToListAsync(ct);

    /// <summary>Every submission in a hackathon, newest first.</summary>
    /// <param name="hackathonId">The hackathon.</param>
    /// <param name="ct">Cancels the query.</param>
    /// <returns>The submissions.</returns>
    public Task<List<SubmissionSummary>> ForHackathonAsync(int hackathonId, CancellationToken ct = default) =>
        Summaries(db.Submissions.Where(s => s.HackathonId == hackathonId)).ToListAsync(ct);

    /// <summary>
    /// Best on-time autograded score per owner, ties broken by the earlier submission. Late
    /// submissions do not count: the leaderboard closes at the deadline, as a competition phase does.
    /// </summary>
    /// <param name="exerciseId">The exercise.</param>
    /// <param name="hackathonId">The hackathon.</param>
    /// <param name="ct">Cancels the query.</param>
    /// <returns>The ranked entries.</returns>
    public async Task<IReadOnlyList<LeaderboardEntry>> LeaderboardAsync(string exerciseId, int hackathonId, CancellationToken ct = default)
    {
        var rows = await ForExerciseAsync(exerciseId, hackathonId, ct);
        var counts = rows.GroupBy(r => r.OwnerKey).ToDictionary(g => g.Key, g => g.Count());
        var best = rows.Where(r => !r.IsLate && r.Result is { Error: null })
            .GroupBy(r => r.OwnerKey)
            .Select(g => g.OrderByDescending(r => r.Result!.AutoScore).ThenBy(r => r.SubmittedAt).ThenBy(r => r.Id).First())
            .OrderByDescending(r => r.Result!.AutoScore).ThenBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .ToList();
        return best.Select((r, i) => new LeaderboardEntry(i + 1, r.OwnerKey, r.GroupId, r.UserId, r.Result!.AutoScore, r.Result.MaxScore, r.SubmittedAt, counts[r.OwnerKey])).ToList();
    }

    /// <summary>The hackathons an account tutors or organises (every hackathon for admins), newest first.</summary>
    /// <param name="userId">The account.</param>
    /// <param name="isAdmin">Whether it is a global admin.</param>
    /// <param name="ct">Cancels the query.</param>
    /// <returns>The hackathons.</returns>
    public Task<List<Hackathon>> StaffedHackathonsAsync(string userId, bool isAdmin, CancellationToken ct = default) =>
        db.Hackathons.AsNoTracking().Where(h => isAdmin || h.Staff.Any(s => s.UserId == userId)).OrderByDescending(h => h.StartsAt).ToListAsync(ct);

    /// <summary>Whether the account tutors or organises any hackathon (for the "Grading" link).</summary>
    /// <param name="userId">The account.</param>
    /// <param name="ct">Cancels the query.</param>
    /// <returns>True for staff.</returns>
    public Task<bool> IsStaffAnywhereAsync(string userId, CancellationToken ct = default) =>
        db.HackathonStaff.AnyAsync(s => s.UserId == userId, ct);

    /// <summary>Tutors' grades of the given submissions.</summary>
    /// <param name="submissionIds">The submissions.</param>
    /// <param name="ct">Cancels the query.</param>
    /// <returns>The grades, by submission.</returns>
    public async Task<ILookup<int, ManualGrade>> ManualGradesAsync(IReadOnlyCollection<int> submissionIds, CancellationToken ct = default) =>
        (await db.ManualGrades.AsNoTracking().Where(m => submissionIds.Contains(m.SubmissionId)).ToListAsync(ct)).ToLookup(m => m.SubmissionId);

    private static IQueryable<SubmissionSummary> Summaries(IQueryable<Submission> submissions) =>
        submissions.OrderByDescending(s => s.Id).Select(s => new SubmissionSummary
        {
            Id = s.Id,
            ExerciseId = s.ExerciseId,
            HackathonId = s.HackathonId,
            GroupId = s.GroupId,
            UserId = s.UserId,
            OwnerKey = s.OwnerKey,
            SubmitterName = s.Submitter!.DisplayName,
            SubmittedAt = s.SubmittedAt,
            Attempt = s.Attempt,
            IsLate = s.IsLate,
            Sha256 = s.Sha256,
            JobStatus = s.Job!.Status,
            JobError = s.Job.Error,
            Result = s.Result == null ? null : new ResultSummary(
                s.Result.AutoScore, s.Result.MaxScore, s.Result.LatePenalty, s.Result.FinalScore, s.Result.NeedsManualGrading,
                s.Result.Flags, s.Result.Error, s.Result.GradedAt, s.Result.ReleasedAt, s.Result.CellsJson),
        });
}
