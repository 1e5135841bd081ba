using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Grading;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Grading.Exercises;
using HackathonPlatform.Notebooks;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Web.Grading;

/// <summary>The participant's side of an exercise, shared by the pages and the API so both show the same things.</summary>
public sealed class ExercisePresenter(SubmissionService submissions, GradingQueries queries, IWorkspaceFiles workspaces, OwnerNames names, HubDbContext db)
{
    /// <summary>The exercise with my submission allowance.</summary>
    public async Task<ExerciseDto> DtoAsync(ExerciseContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var e = context.Exercise;
        var left = e.MaxSubmissions is { } max && context.Owner is { } owner ? Math.Max(0, max - await submissions.CountAsync(e.Id, owner.Key, ct)) : (int?)null;
        return new ExerciseDto(
            e.Id, e.Title, e.Summary, e.Language, e.DueAt, LatePolicyText.Describe(e.LatePolicy), e.MaxPoints, e.IsGroupExercise, e.Leaderboard,
            e.MaxSubmissions, left, context.Hackathon?.Id, context.Hackathon?.Slug, context.Owner is not null && left is not 0, context.CannotSubmitReason);
    }

    /// <summary>Puts the student notebook into my (group's) workspace unless a copy is already there; null when I have no workspace.</summary>
    public async Task<WorkspaceCopyDto?> CopyToWorkspaceAsync(ExerciseContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Owner is not { } owner)
        {
            return null;
        }

        var e = context.Exercise;
        var path = $"{e.Id}/{e.NotebookFileName}";
        var written = await workspaces.WriteNewAsync(owner, path, System.Text.Encoding.UTF8.GetBytes(NotebookWriter.Write(e.Release.Student)), ct);
        return new WorkspaceCopyDto(path, written, written
            ? $"{path} is now in your {(owner.GroupId is null ? "" : "group's ")}workspace."
            : $"{path} is already in your {(owner.GroupId is null ? "" : "group's ")}workspace; it was left as it is, so no work is lost.");
    }

    /// <summary>My (group's) submissions, newest first, as I may see them.</summary>
    public async Task<List<SubmissionDto>> MySubmissionsAsync(ExerciseContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Owner is not { } owner)
        {
            return [];
        }

        var list = await queries.ForOwnerAsync(context.Exercise.Id, owner.Key, ct);
        var manual = await queries.ManualGradesAsync(list.Select(s => s.Id).ToList(), ct);
        return list.Select(s => SubmissionViews.ForParticipant(s, manual[s.Id], context.ReleasesAutomatically)).ToList();
    }

    /// <summary>The feedback page of one of my submissions once released, else null.</summary>
    public async Task<string?> ReleasedFeedbackAsync(ExerciseContext context, int submissionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Owner is not { } owner)
        {
            return null;
        }

        var result = await db.GradeResults.AsNoTracking()
            .Where(r => r.SubmissionId == submissionId && r.Submission!.OwnerKey == owner.Key && r.Submission.ExerciseId == context.Exercise.Id)
            .Select(r => new { r.FeedbackHtml, r.ReleasedAt }).FirstOrDefaultAsync(ct);
        return result is not null && (result.ReleasedAt is not null || context.ReleasesAutomatically) ? result.FeedbackHtml : null;
    }

    /// <summary>The leaderboard of the hackathon I take the exercise in.</summary>
    public async Task<List<LeaderboardRowDto>> LeaderboardAsync(ExerciseContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Hackathon is not { } hackathon)
        {
            return [];
        }

        var rows = await queries.LeaderboardAsync(context.Exercise.Id, hackathon.Id, ct);
        var ownerNames = await names.ForHackathonAsync(hackathon.Id, ct);
        return rows.Select(r => new LeaderboardRowDto(r.Rank, ownerNames.GetValueOrDefault(r.OwnerKey, r.OwnerKey), r.Score, r.MaxScore, r.SubmittedAt, r.Submissions, r.OwnerKey == context.Owner?.Key)).ToList();
    }
}
