namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>Taking, starting, replacing and discarding the pool's kernels. ShelfFor, TopUp and Start run under <c>_gate</c>.</summary>
public sealed partial class KernelPool
{
    private (PooledKernel Candidate, bool Fresh) Take(KernelLimits limits)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var shelf = ShelfFor(limits);
            foreach (var broken in shelf.Waiting.Where(k => k.IsBroken).ToList())
            {
                shelf.Waiting.Remove(broken);
                _ = DiscardAsync(broken);
            }

            // A ready kernel, else the one that started first (closer to ready than a new one).
            var candidate = shelf.Waiting.FirstOrDefault(k => k.IsReady) ?? shelf.Waiting.FirstOrDefault();
            var fresh = candidate is null;
            if (candidate is null)
            {
                candidate = Start(limits, after: null);
            }
            else
            {
                shelf.Waiting.Remove(candidate);
            }

            // When the renter waits for its kernel's start (a cold one, or one still starting), the
            // replacements wait for it too: on a small machine they would slow the start somebody waits for.
            // Measured with 2 workers back to back on 2 cores: without this, 4 starts ran at once and
            // some rentals took 10 s instead of 2.
            TopUp(shelf, after: candidate.Started.IsCompletedSuccessfully ? null : candidate.Started);
            return (candidate, fresh);
        }
    }

    /// <summary>The shelf for these limits, made when missing; the least recently used shelves beyond the cap are emptied.</summary>
    private Shelf ShelfFor(KernelLimits limits)
    {
        if (!_shelves.TryGetValue(limits, out var shelf))
        {
            while (_shelves.Count >= _options.MaxLimitSets)
            {
                var oldest = _shelves.Values.MinBy(s => s.LastUsed)!;
                _shelves.Remove(oldest.Limits);
                oldest.Waiting.ForEach(k => _ = DiscardAsync(k));
                _options.Launch.Log?.Invoke($"kernel pool: {oldest.Waiting.Count} waiting kernel(s) of a less recently used set of limits stopped");
            }

            shelf = new Shelf(limits);
            _shelves.Add(limits, shelf);
        }

        shelf.LastUsed = ++_rentals;
        return shelf;
    }

    private void TopUp(Shelf shelf, Task? after)
    {
        while (shelf.Waiting.Count < _options.Size)
        {
            shelf.Waiting.Add(Start(shelf.Limits, after));
        }
    }

    private PooledKernel Start(KernelLimits limits, Task? after)
    {
        var pooled = new PooledKernel(limits, CreateWorkingDirectory(), _shutdown.Token);
        _started.Add(pooled);
        // Off the lock: starting a process takes a while even before it reports ready.
        pooled.Started = Task.Run(() => LaunchAsync(pooled, after));
        return pooled;
    }

    private async Task<KernelProcess> LaunchAsync(PooledKernel pooled, Task? after)
    {
        if (after is not null)
        {
            await after.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        var options = _options.Launch with { WorkingDirectory = pooled.WorkingDirectory, Limits = pooled.Limits };
        try
        {
            var kernel = await KernelProcess.StartAsync(options, pooled.Cancel.Token);
            _ = ReplaceWhenDeadAsync(pooled, kernel);
            return kernel;
        }
        catch (KernelStartException ex)
        {
            _options.Launch.Log?.Invoke($"kernel pool: a kernel failed to start: {ex.Message}");
            throw;
        }
    }

    /// <summary>When a waiting kernel's process exits (a crash, an OOM kill), it leaves the shelf and a new one starts.</summary>
    private async Task ReplaceWhenDeadAsync(PooledKernel pooled, KernelProcess kernel)
    {
        await kernel.CurrentProcessExited.ContinueWith(_ => { }, TaskScheduler.Default);
        lock (_gate)
        {
            if (_disposed || !_shelves.TryGetValue(pooled.Limits, out var shelf) || !shelf.Waiting.Remove(pooled))
            {
                return; // rented (its renter sees the restart), discarded, or the pool is gone
            }

            TopUp(shelf, after: null);
        }

        _options.Launch.Log?.Invoke("kernel pool: a waiting kernel exited; replaced");
        await DiscardAsync(pooled);
    }

    /// <summary>Kills the kernel (cancelling its start if still starting) and deletes its working directory; once per kernel.</summary>
    private Task DiscardAsync(PooledKernel pooled)
    {
        lock (_gate)
        {
            return pooled.Discarding ??= Task.Run(() => DiscardOnceAsync(pooled));
        }
    }

    private async Task DiscardOnceAsync(PooledKernel pooled)
    {
        await pooled.Cancel.CancelAsync();
        try
        {
            await (await pooled.Started).DisposeAsync();
        }
        catch (Exception ex) when (ex is KernelStartException or OperationCanceledException)
        {
            // Never started: StartAsync already killed what it had begun.
        }

        try
        {
            Directory.Delete(pooled.WorkingDirectory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _options.Launch.Log?.Invoke($"kernel pool: could not delete {pooled.WorkingDirectory}: {ex.Message}");
        }

        pooled.Cancel.Dispose();
        lock (_gate)
        {
            _started.Remove(pooled);
        }
    }

    private string CreateWorkingDirectory()
    {
        if (_options.WorkingDirectoryRoot is not { } root)
        {
            return Directory.CreateTempSubdirectory("hackathon-kernel-ws-").FullName;
        }

        var folder = Path.Combine(Path.GetFullPath(root), "kernel-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
