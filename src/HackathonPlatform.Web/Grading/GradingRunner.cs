using System.Text;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Grading;
using HackathonPlatform.Grading;
using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Grading.Feedback;
using HackathonPlatform.Grading.Late;
using HackathonPlatform.Notebooks;

namespace HackathonPlatform.Web.Grading;

/// <summary>
/// Grades one stored submission against its exercise's grading master with the configured executor.
/// The hub only orchestrates: participant code runs in the executor's sandboxed kernel processes.
/// </summary>
public sealed class GradingRunner(ExerciseCatalogProvider exercises, INotebookExecutor executor)
{
    /// <summary>Runs the pipeline and turns its report into what the database keeps.</summary>
    /// <exception cref="InvalidOperationException">The exercise is no longer in the catalogue.</exception>
    public async Task<GradeRecord> GradeAsync(Submission submission, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var exercise = exercises.Catalog.Find(submission.ExerciseId)
            ?? throw new InvalidOperationException($"The exercise '{submission.ExerciseId}' is not in the exercises folder any more.");
        var pipeline = new GradingPipeline(executor, new GradingOptions { ExecutionLimits = exercise.Limits, LatePolicy = exercise.LatePolicy });
        var timing = new SubmissionTiming(submission.SubmittedAt, exercise.DueAt);
        var report = await pipeline.GradeAsync(exercise.Release, Encoding.UTF8.GetString(submission.Notebook), timing, ct);
        // Lateness against today's deadline, so a regrade after a deadline change re-decides it.
        var lateness = exercise.DueAt is { } due ? LatePolicy.Lateness(submission.SubmittedAt, due) : TimeSpan.Zero;
        return new GradeRecord
        {
            AutoScore = report.AutoPoints,
            MaxScore = report.Cells.Count > 0 ? report.MaxPoints : exercise.MaxPoints,
            Cells = report.Cells.Select(ToResult).ToList(),
            Flags = report.Flags.Select(f => f.Kind.ToString()).ToList(),
            GradedNotebook = report.Graded is null ? null : NotebookWriter.Write(report.Graded),
            FeedbackHtml = FeedbackRenderer.Render(report, exercise.Title),
            Error = report.Error,
            IsLate = lateness > TimeSpan.Zero,
            LatePenalty = LatePenalties.For(exercise, submission.SubmittedAt),
        };
    }

    private static CellResult ToResult(CellGrade cell) => new(
        cell.GradeId,
        cell.Kind.ToString(),
        cell.Points,
        cell.MaxPoints,
        cell.Status.ToString(),
        cell.HasHiddenTests,
        // The pipeline already leaves out the output of cells with hidden tests; this keeps it so.
        cell.HasHiddenTests ? null : cell.Output,
        cell.Flags.Select(f => f.Message).ToList());
}
