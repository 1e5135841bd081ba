using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Learning;

/// <summary>
/// Stores self-learners' lecture progress and quiz attempts. It knows ids only: whether a course, lecture or
/// quiz exists, and whether an answer is right, is decided by the hub with the Learning library before calling.
/// </summary>
public sealed class LearningProgressService(HubDbContext db, TimeProvider clock)
{
    /// <summary>Remembers that the learner opened the lecture now (for "resume where you left off").</summary>
    public Task<Outcome<LectureProgress>> RecordOpenedAsync(string userId, string courseId, string lectureId, CancellationToken ct = default) =>
        UpsertAsync(userId, courseId, lectureId, p => p.LastOpenedAt = clock.GetUtcNow(), ct);

    /// <summary>Marks the lecture done; an already finished lecture keeps its first completion time.</summary>
    public Task<Outcome<LectureProgress>> MarkDoneAsync(string userId, string courseId, string lectureId, CancellationToken ct = default) =>
        UpsertAsync(userId, courseId, lectureId, p => p.CompletedAt ??= clock.GetUtcNow(), ct);

    /// <summary>Marks the lecture not done again (the learner wants to revisit it).</summary>
    public Task<Outcome<LectureProgress>> MarkNotDoneAsync(string userId, string courseId, string lectureId, CancellationToken ct = default) =>
        UpsertAsync(userId, courseId, lectureId, p => p.CompletedAt = null, ct);

    /// <summary>Stores one graded attempt. Ids and answers are validated; nothing is stored when they are not valid.</summary>
    public async Task<Outcome<QuizAttempt>> RecordAttemptAsync(QuizAttemptInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = LearningValidation.Ids(input.CourseId, input.LectureId, input.QuizId);
        var answers = string.Join('\n', input.Answers ?? []);
        if (input.Answers is not { Count: > 0 and <= LearningLimits.MaxAnswers } || answers.Length > LearningLimits.AnswersLength)
        {
            errors["answer"] = [$"Give between 1 and {LearningLimits.MaxAnswers} answers of at most {LearningLimits.AnswersLength} characters in all."];
        }

        if (errors.Count > 0 || string.IsNullOrEmpty(input.UserId))
        {
            return Outcome<QuizAttempt>.Invalid(errors.Count > 0 ? errors : new() { ["user"] = ["Sign in to answer quizzes."] });
        }

        var attempt = new QuizAttempt
        {
            UserId = input.UserId, CourseId = input.CourseId, LectureId = input.LectureId, QuizId = input.QuizId,
            Answers = answers, IsCorrect = input.IsCorrect, AttemptedAt = clock.GetUtcNow(),
        };
        db.QuizAttempts.Add(attempt);
        await db.SaveChangesAsync(ct);
        return Outcome<QuizAttempt>.Ok(attempt);
    }

    /// <summary>Ids of the lecture's quizzes the learner has answered correctly at least once.</summary>
    public async Task<IReadOnlySet<string>> PassedQuizIdsAsync(string userId, string courseId, string lectureId, CancellationToken ct = default) =>
        (await db.QuizAttempts.AsNoTracking()
            .Where(a => a.UserId == userId && a.CourseId == courseId && a.LectureId == lectureId && a.IsCorrect)
            .Select(a => a.QuizId).Distinct().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The learner's attempts at the lecture's quizzes, newest first.</summary>
    public async Task<IReadOnlyList<QuizAttempt>> ListAttemptsAsync(string userId, string courseId, string lectureId, CancellationToken ct = default) =>
        (await db.QuizAttempts.AsNoTracking()
            .Where(a => a.UserId == userId && a.CourseId == courseId && a.LectureId == lectureId)
            .ToListAsync(ct)).OrderByDescending(a => a.AttemptedAt).ThenByDescending(a => a.Id).ToList();

    /// <summary>The learner's state in one course (an empty state when they never opened it).</summary>
    public async Task<LearnerCourseState> GetCourseStateAsync(string userId, string courseId, CancellationToken ct = default)
    {
        var rows = await db.LectureProgress.AsNoTracking().Where(p => p.UserId == userId && p.CourseId == courseId).ToListAsync(ct);
        return ToState(courseId, rows);
    }

    /// <summary>The learner's state in every course they have touched, by course id (for the catalogue).</summary>
    public async Task<IReadOnlyDictionary<string, LearnerCourseState>> GetAllCourseStatesAsync(string userId, CancellationToken ct = default)
    {
        var rows = await db.LectureProgress.AsNoTracking().Where(p => p.UserId == userId).ToListAsync(ct);
        return rows.GroupBy(r => r.CourseId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => ToState(g.Key, [.. g]), StringComparer.Ordinal);
    }

    private static LearnerCourseState ToState(string courseId, List<LectureProgress> rows) => new(
        courseId,
        rows.Where(r => r.CompletedAt is not null).Select(r => r.LectureId).ToHashSet(StringComparer.Ordinal),
        rows.Where(r => r.LastOpenedAt is not null).OrderByDescending(r => r.LastOpenedAt).Select(r => r.LectureId).FirstOrDefault());

    private async Task<Outcome<LectureProgress>> UpsertAsync(string userId, string courseId, string lectureId, Action<LectureProgress> change, CancellationToken ct)
    {
        var errors = LearningValidation.Ids(courseId, lectureId);
        if (errors.Count > 0 || string.IsNullOrEmpty(userId))
        {
            return Outcome<LectureProgress>.Invalid(errors.Count > 0 ? errors : new() { ["user"] = ["Sign in to track progress."] });
        }

        // Two requests of the same learner (a double click, two tabs) may both insert: the unique index lets
        // one win, and the loser retries as an update of the winner's row.
        for (var attempt = 0; ; attempt++)
        {
            var row = await db.LectureProgress.FirstOrDefaultAsync(p => p.UserId == userId && p.CourseId == courseId && p.LectureId == lectureId, ct);
            if (row is null)
            {
                row = new LectureProgress { UserId = userId, CourseId = courseId, LectureId = lectureId };
                db.LectureProgress.Add(row);
            }

            change(row);
            try
            {
                await db.SaveChangesAsync(ct);
                return Outcome<LectureProgress>.Ok(row);
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                db.Entry(row).State = EntityState.Detached;
            }
        }
    }
}
