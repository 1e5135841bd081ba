using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Grading;
using HackathonPlatform.Grading.Exercises;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Web.Grading;

/// <summary>
/// Makes every stored submission of an exercise late or on time, and its penalty, what the exercise's
/// current deadline and late policy say, measured from the stored SubmittedAt: the flag stored at
/// submission time was decided under whatever deadline was in force then. Runs at start-up (the
/// exercise.yml may have changed while the hub was down) and after a reload that changed a deadline or
/// late policy. No kernel runs: the points stay; only lateness, penalty and final score change.
/// </summary>
public sealed class LatenessRescorer(HubDbContext db)
{
    /// <summary>Rescores the exercise's submissions (every hackathon's and the course ones); returns how many changed.</summary>
    public async Task<int> RescoreAsync(Exercise exercise, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var rows = await db.Submissions.AsNoTracking().Where(s => s.ExerciseId == exercise.Id)
            .Select(s => new { s.Id, s.SubmittedAt, s.IsLate, ResultId = (int?)s.Result!.Id, FinalScore = (double?)s.Result.FinalScore, LatePenalty = (double?)s.Result.LatePenalty })
            .ToListAsync(ct);
        var changed = 0;
        foreach (var row in rows)
        {
            var late = exercise.DueAt is { } due && row.SubmittedAt > due;
            var touched = false;
            if (late != row.IsLate)
            {
                await db.Submissions.Where(s => s.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.IsLate, late), ct);
                touched = true;
            }

            if (row.ResultId is { } resultId)
            {
                // Scores.Penalise keeps FinalScore + LatePenalty equal to the total of automatic and manual points.
                var total = Math.Round(row.FinalScore!.Value + row.LatePenalty!.Value, 9);
                var (penalty, final) = Scores.Penalise(total, LatePenalties.For(exercise, row.SubmittedAt));
                if (Math.Abs(penalty - row.LatePenalty.Value) > 1e-9)
                {
                    // Only if unchanged since read: a worker completing a regrade right now wins.
                    var oldPenalty = row.LatePenalty.Value;
                    var oldFinal = row.FinalScore.Value;
                    touched |= await db.GradeResults.Where(r => r.Id == resultId && r.LatePenalty == oldPenalty && r.FinalScore == oldFinal)
                        .ExecuteUpdateAsync(s => s.SetProperty(r => r.LatePenalty, penalty).SetProperty(r => r.FinalScore, final), ct) == 1;
                }
            }

            changed += touched ? 1 : 0;
        }

        return changed;
    }
}
