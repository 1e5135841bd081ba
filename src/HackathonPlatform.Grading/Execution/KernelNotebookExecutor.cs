using System.Diagnostics;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Kernels;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Execution;

/// <summary>
/// Runs a notebook top to bottom in a fresh, sandboxed kernel process, as <c>jupyter nbconvert
/// --execute --allow-errors</c> does. A cell past its time limit is stopped by killing the kernel,
/// which is restarted for the next cell (its variables are gone, so later cells may fail too);
/// a crashed kernel ends the run, and the cells after it are not run. With
/// <see cref="KernelExecutorOptions.WarmKernels"/> the kernel comes from a pool that started it
/// ahead of time; it is still used for this one notebook and killed afterwards.
/// </summary>
public sealed class KernelNotebookExecutor : INotebookExecutor, IAsyncDisposable, IDisposable
{
    private readonly KernelExecutorOptions _options;
    private readonly KernelPool? _pool;

    /// <summary>Creates an executor.</summary>
    /// <param name="options">Where the kernel host is, how to sandbox it, and how many kernels to keep warm.</param>
    /// <exception cref="ArgumentException">Warm kernels were asked for together with a fixed working directory.</exception>
    public KernelNotebookExecutor(KernelExecutorOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        if (options.WarmKernels > 0)
        {
            if (options.WorkingDirectory is not null)
            {
                throw new ArgumentException("Warm kernels each start in a folder of their own; they cannot run in a given working directory.", nameof(options));
            }

            _pool = new KernelPool(new KernelPoolOptions { Launch = LaunchOptions(workspace: "", _options.BaseLimits), Size = options.WarmKernels });
        }
    }

    /// <summary>Kernels kept started ahead of demand per set of limits; 0 when every notebook starts its own.</summary>
    public int WarmKernels => _pool?.Size ?? 0;

    /// <inheritdoc />
    public async Task<ExecutionResult> ExecuteAsync(Notebook notebook, ExecutionLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(limits);
        var executed = notebook.Clone();
        var records = new List<CellExecution>();
        var clock = Stopwatch.StartNew();
        await using (var lease = await AcquireKernelAsync(limits, cancellationToken))
        {
            var kernel = lease.Kernel;
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
                        cell.Outputs.Add(new ErrorOutput(KernelErrorNames.KernelDied, $"The kernel could not be started: {lease.StartFailure}"));
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

        return new ExecutionResult(executed, records);
    }

    /// <summary>Starts the pool's kernels for these limits ahead of the first notebook; does nothing without warm kernels.</summary>
    /// <param name="limits">The limits the coming notebooks run with.</param>
    /// <param name="cancellationToken">Stops waiting; the kernels go on starting.</param>
    /// <returns>A task that completes when the warm kernels are ready (or failed to start).</returns>
    public Task WarmUpAsync(ExecutionLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return _pool?.WarmUpAsync(KernelLimitsFor(limits), cancellationToken) ?? Task.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _pool?.DisposeAsync() ?? ValueTask.CompletedTask;

    /// <inheritdoc />
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>A kernel for one notebook, from the pool or started now in a fresh temporary folder; null when none could start.</summary>
    private async Task<KernelLease> AcquireKernelAsync(ExecutionLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            if (_pool is not null)
            {
                var rented = await _pool.RentAsync(KernelLimitsFor(limits), cancellationToken);
                return new KernelLease(rented.Kernel, rented.DisposeAsync);
            }

            var workspace = _options.WorkingDirectory ?? Directory.CreateTempSubdirectory("hackathon-run-").FullName;
            var owned = _options.WorkingDirectory is null ? workspace : null;
            var kernel = await StartKernelAsync(workspace, limits, cancellationToken);
            return new KernelLease(kernel, async () =>
            {
                await kernel.DisposeAsync();
                TryDelete(owned);
            });
        }
        catch (KernelStartException ex)
        {
            _options.Log?.Invoke($"kernel start failed: {ex.Message}");
            return new KernelLease(null, () => ValueTask.CompletedTask, ex.Message);
        }
    }

    private async Task<KernelProcess> StartKernelAsync(string workspace, ExecutionLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            return await KernelProcess.StartAsync(LaunchOptions(workspace, KernelLimitsFor(limits)), cancellationToken);
        }
        catch
        {
            // The start failed or was cancelled: nobody else will delete the fresh folder.
            TryDelete(_options.WorkingDirectory is null ? workspace : null);
            throw;
        }
    }

    private KernelProcessOptions LaunchOptions(string workspace, KernelLimits limits) => new()
    {
        HostPath = _options.KernelHostPath,
        WorkingDirectory = workspace,
        Sandbox = _options.Sandbox,
        HiddenPaths = _options.HiddenPaths,
        Log = _options.Log,
        Limits = limits,
    };

    private KernelLimits KernelLimitsFor(ExecutionLimits limits) => _options.BaseLimits with
    {
        CellTimeout = limits.CellTimeout,
        MemoryBytes = limits.MemoryBytes,
        MaxOutputBytesPerCell = limits.MaxOutputBytesPerCell,
    };

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

    private static void TryDelete(string? folder)
    {
        if (folder is null)
        {
            return;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temp folder left behind is not worth failing a grade for.
        }
    }

    /// <summary>The kernel of one run (null: it could not start) and how to let go of it.</summary>
    private sealed class KernelLease(KernelProcess? kernel, Func<ValueTask> release, string? startFailure = null) : IAsyncDisposable
    {
        public KernelProcess? Kernel { get; } = kernel;

        /// <summary>Why the kernel could not start (shown to the tutor on the first code cell).</summary>
        public string? StartFailure { get; } = startFailure;

        public ValueTask DisposeAsync() => release();
    }
}
