using System.Diagnostics;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Kernels;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Execution;

/// <summary>
/// Runs a notebook top to bottom in a fresh, sandboxed kernel process, as <c>jupyter nbconvert
/// --execute --allow-errors</c> does. A cell past its time limit is stopped by killing the kernel,
/// which is restarted for the next cell (its variables are gone, so later cells may fail too);
/// a crashed kernel ends the run, and the cells after it are not run.
/// </summary>
public sealed class KernelNotebookExecutor : INotebookExecutor
{
    private readonly KernelExecutorOptions _options;

    /// <summary>Creates an executor.</summary>
    /// <param name="options">Where the kernel host is and how to sandbox it.</param>
    public KernelNotebookExecutor(KernelExecutorOptions options) =>
        _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <inheritdoc />
    public async Task<ExecutionResult> ExecuteAsync(Notebook notebook, ExecutionLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(limits);
        var executed = notebook.Clone();
        var records = new List<CellExecution>();
        var workspace = _options.WorkingDirectory ?? Directory.CreateTempSubdirectory("hackathon-run-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            await using var kernel = await StartKernelAsync(workspace, limits, cancellationToken);
            var count = 0;
            // A kernel that cannot start is reported on the first code cell, like a crash.
            var stopped = false;
            for (var i = 0; i < executed.Cells.Count; i++)
            {
                var cell = executed.Cells[i];
                var status = CellExecutionStatus.NotRun;
                if (cell.CellType == CellType.Code)
                {
                    cell.ClearOutputs();
                    var left = limits.NotebookTimeout - clock.Elapsed;
                    if (kernel is null && !stopped)
                    {
                        cell.Outputs.Add(new ErrorOutput(KernelErrorNames.KernelDied, "The kernel could not be started."));
                        (status, stopped) = (CellExecutionStatus.KernelCrashed, true);
                    }
                    else if (!stopped && kernel is not null && left > TimeSpan.Zero)
                    {
                        var record = await RunCellAsync(kernel, cell, i, ++count, left < limits.CellTimeout ? left : limits.CellTimeout, cancellationToken);
                        records.Add(record);
                        stopped = record.Status == CellExecutionStatus.KernelCrashed;
                        continue;
                    }
                }

                records.Add(new CellExecution(i, cell.GradeId(), status, TimeSpan.Zero));
            }
        }
        finally
        {
            if (_options.WorkingDirectory is null)
            {
                TryDelete(workspace);
            }
        }

        return new ExecutionResult(executed, records);
    }

    private async Task<KernelProcess?> StartKernelAsync(string workspace, ExecutionLimits limits, CancellationToken cancellationToken)
    {
        var options = new KernelProcessOptions
        {
            HostPath = _options.KernelHostPath,
            WorkingDirectory = workspace,
            Sandbox = _options.Sandbox,
            HiddenPaths = _options.HiddenPaths,
            Log = _options.Log,
            Limits = _options.BaseLimits with
            {
                CellTimeout = limits.CellTimeout,
                MemoryBytes = limits.MemoryBytes,
                MaxOutputBytesPerCell = limits.MaxOutputBytesPerCell,
            },
        };
        try
        {
            return await KernelProcess.StartAsync(options, cancellationToken);
        }
        catch (KernelStartException ex)
        {
            _options.Log?.Invoke($"kernel start failed: {ex.Message}");
            return null;
        }
    }

    private static async Task<CellExecution> RunCellAsync(KernelProcess kernel, Cell cell, int index, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var builder = new CellOutputBuilder(count);
        await foreach (var kernelEvent in kernel.ExecuteAsync(cell.Source, cell.Id, timeout, cancellationToken))
        {
            builder.Add(kernelEvent);
        }

        foreach (var output in builder.Outputs)
        {
            cell.Outputs.Add(output);
        }

        cell.ExecutionCount = count;
        var status = builder.Failure?.ErrorName switch
        {
            null => builder.Succeeded ? CellExecutionStatus.Succeeded : CellExecutionStatus.KernelCrashed,
            KernelErrorNames.CellTimeout => CellExecutionStatus.TimedOut,
            KernelErrorNames.KernelDied => CellExecutionStatus.KernelCrashed,
            _ => CellExecutionStatus.Failed,
        };
        return new CellExecution(index, cell.GradeId(), status, clock.Elapsed);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temp folder left behind is not worth failing a grade for.
        }
    }
}
