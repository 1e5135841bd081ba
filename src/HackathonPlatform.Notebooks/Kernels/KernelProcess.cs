using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// A kernel in its own OS process, with limits. Cells run one at a time. A cell past its
/// wall-clock limit, an interrupt, a dead process or an exhausted heap end the cell with a
/// <see cref="CommandFailed"/> (see <see cref="KernelErrorNames"/>) and restart the process: a
/// runaway cell cannot be stopped inside the process, so killing it is the only reliable interrupt,
/// and the kernel's variables are lost. When a cell ends, however it ends, the processes it left
/// running are killed and its output says so (<see cref="KernelStrays"/>): they would hold the
/// process limit and starve the next cell. Thread-safe; dispose to kill the process tree.
/// </summary>
public sealed partial class KernelProcess : IAsyncDisposable
{
    private readonly SemaphoreSlim _cellGate = new(1, 1);
    private readonly Lock _gate = new();
    private readonly string _tempDirectory;
    private KernelConnection? _connection;
    private Task _starting = Task.CompletedTask;
    private CancellationTokenSource? _interrupt;
    private volatile KernelState _state = KernelState.Starting;
    private long _lastActivityTicks = DateTimeOffset.UtcNow.UtcTicks;

    private KernelProcess(KernelProcessOptions options, KernelIsolation isolation, string tempDirectory)
    {
        Options = options;
        Isolation = isolation;
        _tempDirectory = tempDirectory;
    }

    /// <summary>How this kernel was started.</summary>
    public KernelProcessOptions Options { get; }

    /// <summary>The isolation this kernel actually has.</summary>
    public KernelIsolation Isolation { get; }

    /// <summary>Where the kernel is in its life.</summary>
    public KernelState State => _state;

    /// <summary>The OS process id of the current kernel process (the outermost wrapper), or null.</summary>
    public int? ProcessId => _connection?.ProcessId;

    /// <summary>How often the process was replaced after the first start (timeouts, interrupts, crashes, restarts).</summary>
    public int Restarts { get; private set; }

    /// <summary>Time from process start to ready, for the last (re)start.</summary>
    public TimeSpan LastStartupTime { get; private set; }

    /// <summary>When a cell last started or ended (for idle culling).</summary>
    public DateTimeOffset LastActivity => new(Interlocked.Read(ref _lastActivityTicks), TimeSpan.Zero);

    /// <summary>Starts a kernel process and waits until it is ready.</summary>
    /// <param name="options">What to run and with which limits.</param>
    /// <param name="cancellationToken">Stops waiting (the process is then killed).</param>
    /// <returns>A ready kernel.</returns>
    /// <exception cref="KernelStartException">The process could not start, or bubblewrap is required and missing.</exception>
    public static async Task<KernelProcess> StartAsync(KernelProcessOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var isolation = PlanIsolation(options);
        var temp = Directory.CreateTempSubdirectory("hackathon-kernel-").FullName;
        PrepareFolders(options, isolation, temp);
        var kernel = new KernelProcess(options, isolation, temp);
        try
        {
            kernel.StartReplacement(countAsRestart: false);
            await kernel._starting.WaitAsync(cancellationToken);
            return kernel;
        }
        catch
        {
            await kernel.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until a (re)start in progress has finished.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that fails with <see cref="KernelStartException"/> when the start failed.</returns>
    public Task WaitUntilReadyAsync(CancellationToken cancellationToken = default) => _starting.WaitAsync(cancellationToken);

    /// <summary>Runs one cell and streams its events; the last one is <see cref="CommandSucceeded"/> or <see cref="CommandFailed"/>.</summary>
    /// <param name="code">The cell's source.</param>
    /// <param name="cellId">The nbformat cell id, if any (for logs).</param>
    /// <param name="timeout">This cell's wall-clock limit; null for <see cref="KernelLimits.CellTimeout"/>.</param>
    /// <param name="cancellationToken">Abandons the cell: the process is killed and restarted, and the enumeration throws.</param>
    /// <returns>The cell's events, as they happen.</returns>
    public async IAsyncEnumerable<KernelEvent> ExecuteAsync(string code, string? cellId = null, TimeSpan? timeout = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ObjectDisposedException.ThrowIf(_state == KernelState.Disposed, this);
        await _cellGate.WaitAsync(cancellationToken);
        try
        {
            await EnsureReadyAsync(cancellationToken);
            await foreach (var kernelEvent in RunCellAsync(_connection!, code, cellId, timeout ?? Options.Limits.CellTimeout, cancellationToken))
            {
                yield return kernelEvent;
            }
        }
        finally
        {
            Touch();
            _cellGate.Release();
        }
    }

    /// <summary>Interrupts the running cell by killing and restarting the process; does nothing when idle.</summary>
    /// <returns>A task that completes once the interrupt was requested.</returns>
    public async Task InterruptAsync()
    {
        if (Volatile.Read(ref _interrupt) is { } interrupt)
        {
            await interrupt.CancelAsync();
        }
    }

    /// <summary>Replaces the process with a fresh one (a running cell ends as interrupted) and waits until it is ready.</summary>
    /// <param name="cancellationToken">Stops waiting; the restart goes on.</param>
    /// <returns>A task that completes when the new process is ready.</returns>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        // An interrupted cell already replaces the process: starting another would cost a second cold start.
        var wasBusy = Volatile.Read(ref _interrupt) is not null;
        await InterruptAsync();
        await _cellGate.WaitAsync(cancellationToken);
        try
        {
            if (!wasBusy)
            {
                StartReplacement(countAsRestart: true);
            }
        }
        finally
        {
            _cellGate.Release();
        }

        await _starting.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_state == KernelState.Disposed)
        {
            return;
        }

        _state = KernelState.Disposed;
        lock (_gate)
        {
            _connection?.Dispose();
        }

        await _starting.ContinueWith(_ => { }, TaskScheduler.Default);
        lock (_gate)
        {
            _connection?.Dispose();
        }

        try
        {
            Directory.Delete(_tempDirectory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Options.Log?.Invoke($"could not delete {_tempDirectory}: {ex.Message}");
        }
    }

    private void Touch() => Interlocked.Exchange(ref _lastActivityTicks, DateTimeOffset.UtcNow.UtcTicks);
}
