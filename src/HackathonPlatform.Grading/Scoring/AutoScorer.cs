using System.Globalization;
using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Scoring;

/// <summary>
/// Scores an executed notebook as nbgrader's <c>determine_grade</c> does: a test cell earns its
/// points unless it has an error output; a test cell whose result is a number earns that number
/// (clamped to [0, points], where nbgrader would give full points for 0 and fail above the max);
/// free-response answers and tasks wait for a tutor, except answers left as released (zero).
/// </summary>
public static class AutoScorer
{
    /// <summary>Scores every grade and task cell.</summary>
    /// <param name="executed">The executed, sanitized notebook.</param>
    /// <param name="execution">Per-cell execution records, or null when unknown (then outputs alone decide).</param>
    /// <param name="master">The grading master; its graded cells missing from <paramref name="executed"/> score as missing. Optional.</param>
    /// <param name="flags">Receives a flag for each clamped partial credit.</param>
    /// <returns>One score per graded cell, in notebook order, missing cells last.</returns>
    public static IReadOnlyList<CellScore> Score(
        Notebook executed, IReadOnlyList<CellExecution>? execution = null, Notebook? master = null, ICollection<GradingFlag>? flags = null)
    {
        ArgumentNullException.ThrowIfNull(executed);
        var scores = new List<CellScore>();
        for (var i = 0; i < executed.Cells.Count; i++)
        {
            var cell = executed.Cells[i];
            if (IsScored(cell))
            {
                var status = execution?.FirstOrDefault(e => e.CellIndex == i)?.Status;
                scores.Add(ScoreCell(cell, status, flags));
            }
        }

        foreach (var cell in master?.Cells.Where(IsScored) ?? [])
        {
            if (scores.All(s => s.GradeId != cell.GradeId()))
            {
                var meta = NbgraderMetadata.Of(cell)!;
                scores.Add(new CellScore(meta.GradeId!, meta.Kind, 0, meta.Points ?? 0, CellGradeStatus.Missing));
            }
        }

        return scores;
    }

    /// <summary>Whether the cell carries points: grade cells and task cells.</summary>
    /// <param name="cell">A cell.</param>
    /// <returns>True when it is scored.</returns>
    public static bool IsScored(Cell cell) =>
        cell.GradeId() is not null && (cell.IsGrade() || cell.IsTask()) && NbgraderMetadata.Of(cell)!.Points is not null;

    private static CellScore ScoreCell(Cell cell, CellExecutionStatus? status, ICollection<GradingFlag>? flags)
    {
        var meta = NbgraderMetadata.Of(cell)!;
        var max = meta.Points!.Value;
        CellScore Result(double? points, CellGradeStatus s) => new(meta.GradeId!, meta.Kind, points, max, s);

        if (meta.Task || (meta.Grade && meta.Solution))
        {
            return meta.Solution && NbgraderChecksum.Matches(cell)
                ? Result(0, CellGradeStatus.Unanswered)
                : Result(null, CellGradeStatus.NeedsManualGrading);
        }

        if (cell.CellType != CellType.Code)
        {
            return Result(null, CellGradeStatus.NeedsManualGrading);
        }

        switch (status)
        {
            case CellExecutionStatus.TimedOut:
                return Result(0, CellGradeStatus.TimedOut);
            case CellExecutionStatus.NotRun or CellExecutionStatus.KernelCrashed:
                return Result(0, CellGradeStatus.NotRun);
        }

        foreach (var output in cell.Outputs)
        {
            if (output is ErrorOutput)
            {
                return Result(0, CellGradeStatus.Failed);
            }

            if (output is ExecuteResultOutput result && PartialCredit(result) is { } credit)
            {
                var clamped = Math.Clamp(credit, 0, max);
                if (clamped != credit)
                {
                    flags?.Add(new GradingFlag(GradingFlagKind.PartialCreditClamped, meta.GradeId, $"The test cell '{meta.GradeId}' returned {credit.ToString(CultureInfo.InvariantCulture)}, outside [0, {max.ToString(CultureInfo.InvariantCulture)}]; it was clamped."));
                }

                return Result(clamped, clamped >= max ? CellGradeStatus.Passed : CellGradeStatus.PartialCredit);
            }
        }

        return Result(max, CellGradeStatus.Passed);
    }

    // Like nbgrader's get_partial_grade: the text/plain of the result, parsed as Python's float() would.
    private static double? PartialCredit(ExecuteResultOutput result)
    {
        var text = result.Data.GetText("text/plain")?.Trim();
        return text is not null
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value)
                ? value
                : null;
    }
}
