using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.KernelHost.Tests;

/// <summary>The grader's executor on a real kernel: every cell recorded, a timeout does not stop the run.</summary>
public sealed class KernelNotebookExecutorTests
{
    [Fact]
    public async Task Cells_run_top_to_bottom_and_a_timed_out_cell_does_not_stop_the_others()
    {
        var notebook = new Notebook();
        notebook.Cells.Add(Cell.Markdown("# Exercise"));
        notebook.Cells.Add(Cell.Code("var x = 21;"));
        notebook.Cells.Add(Cell.Code("Console.Write(\"x is \" + x); x * 2"));
        notebook.Cells.Add(Cell.Code("throw new ArgumentException(\"bad\");"));
        notebook.Cells.Add(Cell.Code("while (true) { }"));
        notebook.Cells.Add(Cell.Code("1 + 1"));
        var executor = new KernelNotebookExecutor(new KernelExecutorOptions { KernelHostPath = KernelHostLocator.Find()! });

        var result = await executor.ExecuteAsync(notebook, ExecutionLimits.Default with { CellTimeout = TimeSpan.FromSeconds(3) }, CancellationToken.None);

        Assert.Equal(
            [CellExecutionStatus.NotRun, CellExecutionStatus.Succeeded, CellExecutionStatus.Succeeded, CellExecutionStatus.Failed, CellExecutionStatus.TimedOut, CellExecutionStatus.Succeeded],
            result.Cells.Select(c => c.Status));
        var cells = result.Executed.Cells;
        Assert.Equal("x is 21", Assert.IsType<StreamOutput>(cells[2].Outputs[0]).Text);
        Assert.Equal("42", Assert.IsType<ExecuteResultOutput>(cells[2].Outputs[1]).Data.GetText("text/plain"));
        Assert.Equal("System.ArgumentException", Assert.IsType<ErrorOutput>(cells[3].Outputs.Single()).ErrorName);
        Assert.Equal(KernelErrorNames.CellTimeout, Assert.IsType<ErrorOutput>(cells[4].Outputs.Single()).ErrorName);
        Assert.Equal([1, 2, 3, 4, 5], cells.Skip(1).Select(c => c.ExecutionCount ?? 0));
        Assert.Empty(notebook.Cells[2].Outputs);
    }

    [Fact]
    public async Task A_kernel_crash_is_recorded_and_the_later_cells_are_not_run()
    {
        var notebook = new Notebook();
        notebook.Cells.Add(Cell.Code("1"));
        notebook.Cells.Add(Cell.Code("System.Diagnostics.Process.GetCurrentProcess().Kill();"));
        notebook.Cells.Add(Cell.Code("2"));
        var executor = new KernelNotebookExecutor(new KernelExecutorOptions { KernelHostPath = KernelHostLocator.Find()! });

        var result = await executor.ExecuteAsync(notebook, ExecutionLimits.Default, CancellationToken.None);

        Assert.Equal([CellExecutionStatus.Succeeded, CellExecutionStatus.KernelCrashed, CellExecutionStatus.NotRun], result.Cells.Select(c => c.Status));
        Assert.Equal(KernelErrorNames.KernelDied, Assert.IsType<ErrorOutput>(result.Executed.Cells[1].Outputs.Single()).ErrorName);
    }
}
