using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Web.Tests.Grading;

/// <summary>
/// A fake kernel that runs nothing but behaves like one on our exercises: a code cell still holding the
/// release stub fails with NotImplementedException, and a test cell fails when the answer cell before
/// it failed. A failing test cell's traceback quotes its whole source, hidden tests included, as a
/// real kernel's traceback may: so tests can check that nothing hidden reaches participants.
/// </summary>
internal sealed class StubFailingExecutor : INotebookExecutor
{
    private int runs;

    public int Runs => runs;

    public Task<ExecutionResult> ExecuteAsync(Notebook notebook, ExecutionLimits limits, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref runs);
        var executed = notebook.Clone();
        var records = new List<CellExecution>();
        var lastAnswerFailed = false;
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
            var failed = cell.Source.Contains("NotImplementedException", StringComparison.Ordinal) || (cell.IsGrade() && lastAnswerFailed);
            if (cell.IsSolution())
            {
                lastAnswerFailed = failed;
            }

            if (failed)
            {
                var name = cell.IsGrade() ? "InvalidOperationException" : "NotImplementedException";
                cell.Outputs.Add(new ErrorOutput(name, "Test failed", [$"{name}: Test failed", .. cell.Source.Split('\n')]));
            }
            else
            {
                cell.Outputs.Add(new StreamOutput("stdout", $"cell {count} ran\n"));
            }

            records.Add(new CellExecution(i, cell.GradeId(), failed ? CellExecutionStatus.Failed : CellExecutionStatus.Succeeded, TimeSpan.FromMilliseconds(3)));
        }

        return Task.FromResult(new ExecutionResult(executed, records));
    }
}
