using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.KernelHost.Tests;

/// <summary>The grader's executor with warm kernels: each notebook still gets a kernel and a folder nobody used before.</summary>
[Collection(KernelPoolTests.Collection)]
public sealed class KernelNotebookExecutorPoolTests
{
    [Fact]
    public async Task Each_notebook_runs_in_its_own_warm_kernel_and_sees_nothing_of_the_one_before()
    {
        var notebook = new Notebook();
        notebook.Cells.Add(Cell.Code("var leftover = System.IO.File.Exists(\"mine.txt\"); System.IO.File.WriteAllText(\"mine.txt\", \"x\"); leftover"));
        notebook.Cells.Add(Cell.Code("System.IO.Directory.GetCurrentDirectory()"));
        notebook.Cells.Add(Cell.Code("Environment.ProcessId"));
        var limits = ExecutionLimits.Default with { CellTimeout = TimeSpan.FromSeconds(60) };
        var executor = new KernelNotebookExecutor(new KernelExecutorOptions { KernelHostPath = KernelHostLocator.Find()!, WarmKernels = 1 });
        var folders = new List<string>();
        try
        {
            await executor.WarmUpAsync(limits);

            var first = await executor.ExecuteAsync(notebook, limits, CancellationToken.None);
            var second = await executor.ExecuteAsync(notebook, limits, CancellationToken.None);

            foreach (var result in new[] { first, second })
            {
                Assert.All(result.Cells, c => Assert.Equal(CellExecutionStatus.Succeeded, c.Status));
                Assert.Equal("False", Text(result, 0));
                folders.Add(Text(result, 1));
                Assert.False(Directory.Exists(Text(result, 1)), "the kernel's folder is deleted after its notebook");
            }

            Assert.NotEqual(folders[0], folders[1]);
            // Inside the sandbox's pid namespace both may be the same small number; outside the folders tell them apart.
            Assert.NotEqual((folders[0], Text(first, 2)), (folders[1], Text(second, 2)));
        }
        finally
        {
            await executor.DisposeAsync();
        }

        var root = Path.GetDirectoryName(folders[0])!;
        var kernelFolders = Directory.GetDirectories(root, "hackathon-kernel-ws-*").Concat(folders).ToList();
        await ProcessTable.WaitUntilAsync(() => ProcessTable.OursRunningIn(kernelFolders).Count == 0, TimeSpan.FromSeconds(10), "no kernel of the executor's pool is left");
    }

    [Fact]
    public void Warm_kernels_cannot_run_in_a_given_working_directory()
    {
        var options = new KernelExecutorOptions { KernelHostPath = "hackathon-kernel.dll", WarmKernels = 1, WorkingDirectory = Path.GetTempPath() };

        Assert.Throws<ArgumentException>(() => new KernelNotebookExecutor(options));
    }

    private static string Text(ExecutionResult result, int cell) =>
        Assert.IsType<ExecuteResultOutput>(Assert.Single(result.Executed.Cells[cell].Outputs)).Data.GetText("text/plain")!;
}
