namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// Keeps kernel processes started ahead of demand, so a notebook does not wait for the C# kernel's
/// cold start (seconds). A kernel serves ONE notebook: <see cref="RentAsync"/> hands out a ready one
/// (else the one closest to ready, else a new one) and at once starts its replacement in the
/// background; disposing the <see cref="RentedKernel"/> kills it and deletes its working directory,
/// so nothing of one participant's run can reach the next. Kernels are kept per set of
/// <see cref="KernelLimits"/>, because limits are fixed at launch (rlimits, heap limit, host
/// arguments): a renter only ever gets a kernel started with exactly the limits it asked for.
/// A waiting kernel that dies is replaced. Thread-safe; disposing the pool kills every kernel it
/// started, rented ones included.
/// </summary>
public sealed partial class KernelPool : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly KernelPoolOptions _options;
    private readonly Dictionary<KernelLimits, Shelf> _shelves = [];
    private readonly HashSet<PooledKernel> _started = [];
    private readonly CancellationTokenSource _shutdown = new();
    private long _rentals;
    private bool _disposed;

    /// <summary>Creates an empty pool; kernels for a set of limits start on its first rental or <see cref="WarmUpAsync"/>.</summary>
    /// <param name="options">How kernels are launched and how many are kept ready.</param>
    public KernelPool(KernelPoolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Launch);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Size, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxLimitSets, 1);
        _options = options;
    }

    /// <summary>Ready kernels kept per set of limits.</summary>
    public int Size => _options.Size;

    /// <summary>Takes a kernel with these limits for one notebook and starts its replacement.</summary>
    /// <param name="limits">The kernel's limits; only a kernel launched with equal limits is handed out.</param>
    /// <param name="cancellationToken">Stops waiting for a kernel that is still starting (it is then discarded).</param>
    /// <returns>A ready kernel in a fresh working directory; dispose it when the notebook is done.</returns>
    /// <exception cref="KernelStartException">No kernel could be started.</exception>
    /// <exception cref="ObjectDisposedException">The pool was disposed.</exception>
    public async Task<RentedKernel> RentAsync(KernelLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        while (true)
        {
            var (candidate, fresh) = Take(limits);
            var wasReady = candidate.Started.IsCompletedSuccessfully;
            KernelProcess kernel;
            try
            {
                kernel = await candidate.Started.WaitAsync(cancellationToken);
            }
            catch (Exception ex) when (!fresh && ex is KernelStartException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // A waiting kernel failed to start: try the next one (or a fresh start, whose failure is the renter's).
                await DiscardAsync(candidate);
                continue;
            }
            catch
            {
                await DiscardAsync(candidate);
                throw;
            }

            if (!fresh && !kernel.IsProcessRunning)
            {
                // Died between the check and now; a fresh kernel that died is the renter's to see (it restarts on use).
                await DiscardAsync(candidate);
                continue;
            }

            return new RentedKernel(kernel, candidate.WorkingDirectory, wasReady, () => new ValueTask(DiscardAsync(candidate)));
        }
    }

    /// <summary>Starts the kernels for a set of limits ahead of the first rental and waits until they are ready.</summary>
    /// <param name="limits">The limits later rentals will ask for.</param>
    /// <param name="cancellationToken">Stops waiting; the kernels go on starting.</param>
    /// <returns>A task that completes when every waiting kernel of these limits has started (or failed to).</returns>
    public async Task WarmUpAsync(KernelLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        List<Task> starts;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var shelf = ShelfFor(limits);
            TopUp(shelf, after: null);
            starts = shelf.Waiting.Select(k => (Task)k.Started).ToList();
        }

        await Task.WhenAll(starts).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(cancellationToken);
    }

    /// <summary>The OS process ids of the ready kernels waiting for these limits (for status pages and tests).</summary>
    /// <param name="limits">The limits.</param>
    /// <returns>The process ids, oldest kernel first.</returns>
    public IReadOnlyList<int> ReadyProcessIds(KernelLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        lock (_gate)
        {
            return _shelves.TryGetValue(limits, out var shelf)
                ? shelf.Waiting.Where(k => k.IsReady).Select(k => k.Started.Result.ProcessId).OfType<int>().ToList()
                : [];
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        List<PooledKernel> all;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _shelves.Clear();
            all = [.. _started];
        }

        await _shutdown.CancelAsync();
        await Task.WhenAll(all.Select(DiscardAsync));
        _shutdown.Dispose();
    }

    /// <summary>The kernels waiting for one set of limits, and when that set was last asked for.</summary>
    private sealed class Shelf(KernelLimits limits)
    {
        public KernelLimits Limits { get; } = limits;

        public List<PooledKernel> Waiting { get; } = [];

        public long LastUsed { get; set; }
    }
}
