using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Tests;

/// <summary>
/// A fake executor that runs nothing: it returns canned outputs and statuses per grade_id, and
/// counts executions. Every other code cell "succeeds" with no output.
/// </summary>
internal sealed class ScriptedExecutor : INotebookExecutor
{
    private readonly Dictionary<string, (CellExecutionStatus Status, Output[] Outputs)> _script = new(StringComparer.Ordinal);

    public Notebook? LastInput { get; private set; }

    public ScriptedExecutor Passes(string gradeId, params Output[] outputs) => Script(gradeId, CellExecutionStatus.Succeeded, outputs);

    public ScriptedExecutor Fails(string gradeId, string errorName = "AssertionError", string message = "failed") =>
        Script(gradeId, CellExecutionStatus.Failed, new ErrorOutput(errorName, message, [$"{errorName}: {message}"]));

    public ScriptedExecutor TimesOut(string gradeId) => Script(gradeId, CellExecutionStatus.TimedOut);

    public ScriptedExecutor Returns(string gradeId, string textPlain)
    {
        var bundle = new MimeBundle();
        bundle.SetText("text/plain", textPlain);
        return Script(gradeId, CellExecutionStatus.Succeeded, new ExecuteResultOutput(1, bundle));
    }

    public ScriptedExecutor Script(string gradeId, CellExecutionStatus status, params Output[] outputs)
    {
        _script[gradeId] = (status, outputs);
        return this;
    }

    public Task<ExecutionResult> ExecuteAsync(Notebook notebook, ExecutionLimits limits, CancellationToken cancellationToken)
    {
        LastInput = notebook.Clone();
        var executed = notebook.Clone();
        var records = new List<CellExecution>();
        var count = 0;
        for (var i = 0; i < executed.Cells.Count; i++)
        {
            var cell = executed.Cells[i];
            if (cell.CellType != CellType.Code)
            {
                records.Add(new CellExecution(i, cell.GradeId(), CellExecutionStatus.NotRun, TimeSpan.Zero));
                continue;
            }

            cell.ExecutionCount = ++count;
            var (status, outputs) = cell.GradeId() is { } id && _script.TryGetValue(id, out var s) ? s : (CellExecutionStatus.Succeeded, []);
            foreach (var output in outputs)
            {
                cell.Outputs.Add(output.Clone());
            }

            records.Add(new CellExecution(i, cell.GradeId(), status, status == CellExecutionStatus.TimedOut ? limits.CellTimeout : TimeSpan.FromMilliseconds(5)));
        }

        return Task.FromResult(new ExecutionResult(executed, records));
    }
}
