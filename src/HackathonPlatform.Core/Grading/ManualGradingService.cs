using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Grading;

/// <summary>Tutors' points and comments on free-response cells, and the release of grades.</summary>
public sealed class ManualGradingService(HubDbContext db, TimeProvider clock)
{
    /// <summary>Saves (or replaces) a tutor's grade for one cell and recomputes the final score.</summary>
    /// <param name="submissionId">The submission.</param>
    /// <param name="input">The cell, points and comment.</param>
    /// <param name="tutorId">The tutor.</param>
    /// <param name="latePenalty">The exercise's penalty for this submission's lateness, as a function of total points.</param>
    /// <param name="ct">Cancels the write.</param>
    /// <returns>The result, or errors on "Points", "Comment" or "GradeId"; not found before grading finished.</returns>
    public async Task<Outcome<GradeResult>> SaveAsync(int submissionId, ManualGradeInput input, string tutorId, Func<double, double> latePenalty, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var submission = await db.Submissions.Include(s => s.Result).Include(s => s.ManualGrades).FirstOrDefaultAsync(s => s.Id == submissionId, ct);
        if (submission?.Result is not { } result)
        {
            return Outcome<GradeResult>.NotFound();
        }

        var cells = CellResult.Deserialize(result.CellsJson);
        var cell = cells.FirstOrDefault(c => c.GradeId == input.GradeId);
        if (cell is null || !cell.IsManual)
        {
            return Outcome<GradeResult>.Invalid("GradeId", "Only free-response cells (answers and tasks) are graded by hand.");
        }

        if (input.Points is { } p && (!double.IsFinite(p) || p < 0 || p > cell.MaxPoints))
        {
            return Outcome<GradeResult>.Invalid("Points", $"Points go from 0 to {cell.MaxPoints:0.##}.");
        }

        var comment = (input.Comment ?? "").Trim();
        if (comment.Length > GradingLimits.CommentLength)
        {
            return Outcome<GradeResult>.Invalid("Comment", $"A comment has at most {GradingLimits.CommentLength} characters.");
        }

        var grade = submission.ManualGrades.FirstOrDefault(m => m.GradeId == input.GradeId);
        if (grade is null)
        {
            grade = new ManualGrade { SubmissionId = submissionId, GradeId = input.GradeId };
            submission.ManualGrades.Add(grade);
        }

        grade.Points = input.Points;
        grade.Comment = comment;
        grade.TutorId = tutorId;
        grade.GradedAt = clock.GetUtcNow();
        Scores.Apply(result, submission.ManualGrades, cells, latePenalty);
        await db.SaveChangesAsync(ct);
        return Outcome<GradeResult>.Ok(result);
    }

    /// <summary>Releases every graded, unreleased result of an exercise in a hackathon to its participants.</summary>
    /// <param name="exerciseId">The exercise.</param>
    /// <param name="hackathonId">The hackathon, or null for course submissions.</param>
    /// <param name="ct">Cancels the update.</param>
    /// <returns>How many results were released.</returns>
    public Task<int> ReleaseAsync(string exerciseId, int? hackathonId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        return db.GradeResults
            .Where(r => r.ReleasedAt == null && r.Submission!.ExerciseId == exerciseId && r.Submission.HackathonId == hackathonId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReleasedAt, now), ct);
    }
}
