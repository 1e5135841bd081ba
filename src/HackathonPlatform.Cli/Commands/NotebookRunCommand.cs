using System.CommandLine;
using System.Diagnostics;
using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.Cli.Commands;

/// <summary>
/// `hackathon notebook run FILE [--timeout S] [--output OUT]`: executes every code cell top to
/// bottom in a fresh sandboxed kernel, writes outputs and errors into the notebook, and exits 1 when
/// a cell failed or hit a limit, like `jupyter nbconvert --execute`. Exit 2: the file is unreadable.
/// </summary>
internal static class NotebookRunCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The .ipynb notebook to run." };
        var timeout = new Option<double>("--timeout") { Description = "Seconds one cell may run (wall clock).", DefaultValueFactory = _ => 30 };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the executed notebook (default: FILE.nbconvert.ipynb beside it)." };
        var memory = new Option<int>("--memory-mb") { Description = "Managed heap limit of the kernel in MiB.", DefaultValueFactory = _ => 2048 };
        var kernel = new Option<string?>("--kernel-host") { Description = $"Path of hackathon-kernel.dll (default: ${KernelHostLocator.EnvironmentVariable} or the built one)." };
        var command = new Command("run", "Execute a notebook top to bottom and save it with its outputs.") { file, timeout, output, memory, kernel };
        command.SetAction((r, ct) => RunAsync(context, r.GetValue(file)!, r.GetValue(timeout), r.GetValue(output), r.GetValue(memory), r.GetValue(kernel), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string path, double timeoutSeconds, string? output, int memoryMb, string? kernelHost, CancellationToken cancellationToken)
    {
        Notebook notebook;
        try
        {
            notebook = NotebookReader.ReadFile(path);
        }
        catch (Exception ex) when (ex is NotebookFormatException or IOException or UnauthorizedAccessException)
        {
            return context.Fail(ex.Message, 2);
        }

        if ((kernelHost ?? KernelHostLocator.Find()) is not { } host || !File.Exists(host))
        {
            return context.Fail($"the kernel host (hackathon-kernel.dll) was not found: build src/HackathonPlatform.KernelHost or set {KernelHostLocator.EnvironmentVariable}", 2);
        }

        var executor = new KernelNotebookExecutor(new KernelExecutorOptions
        {
            KernelHostPath = host,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(path)),
        });
        var limits = ExecutionLimits.Default with
        {
            CellTimeout = TimeSpan.FromSeconds(timeoutSeconds),
            MemoryBytes = memoryMb * 1024L * 1024,
            NotebookTimeout = TimeSpan.FromHours(24),
        };
        var clock = Stopwatch.StartNew();
        var result = await executor.ExecuteAsync(notebook, limits, cancellationToken);
        var destination = output ?? Path.ChangeExtension(path, ".nbconvert.ipynb");
        NotebookWriter.WriteFile(destination, result.Executed);
        var bad = result.Cells.Where(c => c.Status is CellExecutionStatus.Failed or CellExecutionStatus.TimedOut or CellExecutionStatus.KernelCrashed).ToList();
        foreach (var cell in bad)
        {
            var error = result.Executed.Cells[cell.CellIndex].Outputs.OfType<ErrorOutput>().FirstOrDefault();
            context.Error.WriteLine($"cell {cell.CellIndex}: {cell.Status}{(error is null ? "" : $": {error.ErrorName}: {error.ErrorValue}")}");
        }

        var ran = result.Cells.Count(c => c.Status != CellExecutionStatus.NotRun);
        context.Output.WriteLine($"{ran} cells run, {bad.Count} failed, in {clock.Elapsed.TotalSeconds:0.0} s; wrote {destination}");
        return bad.Count == 0 ? 0 : 1;
    }
}
