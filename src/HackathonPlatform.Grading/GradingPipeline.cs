using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Grading.Release;
using HackathonPlatform.Grading.Sanitizing;
using HackathonPlatform.Grading.Scoring;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading;

/// <summary>
/// Grades one submission: sanitize, execute, limit output, score, apply the late policy. Each step
/// is its own type; this class only composes them, the way nbgrader's autograde converter lists
/// its preprocessors. Bad submissions give a report with an error or flags, never an exception.
/// </summary>
public sealed class GradingPipeline
{
    private readonly INotebookExecutor _executor;
    private readonly GradingOptions _options;

    /// <summary>Creates a pipeline.</summary>
    /// <param name="executor">Runs notebooks (the sandboxed kernel host, or a fake in tests).</param>
    /// <param name="options">Settings; defaults when null.</param>
    public GradingPipeline(INotebookExecutor executor, GradingOptions? options = null)
    {
        _executor = executor ?? throw new ArgumentNullException(nameof(executor));
        _options = options ?? GradingOptions.Default;
    }

    /// <summary>Grades a submission given as the file's text.</summary>
    /// <param name="release">The exercise's release (student copy and grading master).</param>
    /// <param name="submissionJson">The submitted .ipynb text.</param>
    /// <param name="timing">When it was submitted; null for no late policy.</param>
    /// <param name="cancellationToken">Stops execution.</param>
    /// <returns>The report.</returns>
    public Task<GradeReport> GradeAsync(ReleaseResult release, string submissionJson, SubmissionTiming? timing = null, CancellationToken cancellationToken = default) =>
        ContinueAsync(release, SubmissionSanitizer.Sanitize(release, submissionJson, _options.ReadOptions), timing, cancellationToken);

    /// <summary>Grades a parsed submission (not modified).</summary>
    /// <param name="release">The exercise's release (student copy and grading master).</param>
    /// <param name="submission">The submitted notebook.</param>
    /// <param name="timing">When it was submitted; null for no late policy.</param>
    /// <param name="cancellationToken">Stops execution.</param>
    /// <returns>The report.</returns>
    public Task<GradeReport> GradeAsync(ReleaseResult release, Notebook submission, SubmissionTiming? timing = null, CancellationToken cancellationToken = default) =>
        ContinueAsync(release, SubmissionSanitizer.Sanitize(release, submission), timing, cancellationToken);

    private async Task<GradeReport> ContinueAsync(ReleaseResult release, SanitizeResult sanitized, SubmissionTiming? timing, CancellationToken cancellationToken)
    {
        if (sanitized.Notebook is null)
        {
            return GradeReport.Failed(sanitized.Error ?? "The submission could not be read.", sanitized.Flags);
        }

        var flags = new List<GradingFlag>(sanitized.Flags);
        var execution = await _executor.ExecuteAsync(sanitized.Notebook, _options.ExecutionLimits, cancellationToken).ConfigureAwait(false);
        var executed = execution.Executed;
        AddExecutionFlags(execution, flags);
        OutputLimiter.Limit(executed, _options.OutputLimits, flags);
        var scores = AutoScorer.Score(executed, execution.Cells, release.GradingMaster, flags);
        var penalty = LatePenalty(scores, timing, flags);
        var markers = LanguageProfile.For(release.GradingMaster).Markers;
        var hidden = release.GradingMaster.Cells
            .Where(c => c.GradeId() is not null && SourceRegions.HasHiddenTests(c.Source, markers))
            .Select(c => c.GradeId()!)
            .ToHashSet(StringComparer.Ordinal);
        var cells = scores.Select(score =>
        {
            var cell = executed.Cells.FirstOrDefault(c => c.GradeId() == score.GradeId);
            var isHidden = hidden.Contains(score.GradeId);
            var output = isHidden || cell is null || cell.CellType != CellType.Code ? null : OutputText.Summary(cell, _options.MaxSummaryChars);
            return new CellGrade(score.GradeId, score.Kind, score.Points, score.MaxPoints, score.Status, flags.Where(f => f.GradeId == score.GradeId).ToList(), output, isHidden);
        }).ToList();
        return new GradeReport(cells, flags, penalty, executed, null);
    }

    private static void AddExecutionFlags(ExecutionResult execution, List<GradingFlag> flags)
    {
        foreach (var cell in execution.Cells)
        {
            var name = cell.GradeId is { } id ? $"'{id}'" : $"{cell.CellIndex}";
            if (cell.Status == CellExecutionStatus.TimedOut)
            {
                flags.Add(new GradingFlag(GradingFlagKind.CellTimedOut, cell.GradeId, $"Cell {name} ran past its time limit and was stopped."));
            }
            else if (cell.Status == CellExecutionStatus.KernelCrashed)
            {
                flags.Add(new GradingFlag(GradingFlagKind.KernelCrashed, cell.GradeId, $"The kernel died while running cell {name}; later cells did not run."));
            }
        }
    }

    private double LatePenalty(IReadOnlyList<CellScore> scores, SubmissionTiming? timing, List<GradingFlag> flags)
    {
        if (timing?.Deadline is not { } deadline)
        {
            return 0;
        }

        var lateness = Late.LatePolicy.Lateness(timing.SubmittedAt, deadline);
        if (lateness <= TimeSpan.Zero)
        {
            return 0;
        }

        flags.Add(new GradingFlag(GradingFlagKind.LateSubmission, null, $"Submitted {lateness:d\\.hh\\:mm\\:ss} after the deadline."));
        return _options.LatePolicy.Penalty(scores.Sum(s => s.Points ?? 0), lateness);
    }
}
