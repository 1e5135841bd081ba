using System.Collections.Concurrent;
using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.NotebookServer;

/// <summary>
/// The server's kernels, one process each, plus one kept warm: a C# kernel takes seconds to start,
/// so a started one waits and the next request takes it (start-to-first-result is then one cell).
/// Kernels idle longer than <see cref="NotebookServerOptions.KernelIdleMinutes"/> are shut down
/// (each holds ~250 MB); at most <see cref="NotebookServerOptions.MaxKernels"/> run at once.
/// Kills every kernel when the server stops. Q# notebooks get the Q# kernel (started on demand:
/// it is ready in ~1.5-3 s, and most notebooks are C#, so a second warm process would mostly waste memory).
/// </summary>
public sealed class KernelManager(KernelProcessOptions options, NotebookServerOptions server, ILogger<KernelManager> logger, KernelProcessOptions? qsharpOptions = null) : IHostedService, IAsyncDisposable, IDisposable
{
    private readonly bool _keepWarm = server.WarmKernel;
    private readonly ConcurrentDictionary<string, ManagedKernel> _kernels = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task<KernelProcess>? _warm;
    private bool _stopped;

    public KernelProcessOptions Options { get; } = options with { Log = line => logger.LogInformation("{Line}", line) };

    /// <summary>How Q# kernels start; null when this server has no Q# kernel (quantum/ not installed).</summary>
    public KernelProcessOptions? QsharpOptions { get; } = qsharpOptions is null ? null : qsharpOptions with { Log = line => logger.LogInformation("{Line}", line) };

    public IReadOnlyCollection<ManagedKernel> Kernels => [.. _kernels.Values];

    public bool WarmKernelReady => _warm is { IsCompletedSuccessfully: true };

    public KernelIsolation Isolation { get; } = KernelProcess.PlanIsolation(options);

    public DateTimeOffset? LastKernelActivity => _kernels.Values.Select(k => (DateTimeOffset?)k.Process.LastActivity).Max();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Kernel isolation: {Isolation}", Isolation);
        if (_keepWarm)
        {
            Refill();
        }

        if (server.KernelIdleMinutes > 0)
        {
            _ = CullIdleAsync(TimeSpan.FromMinutes(server.KernelIdleMinutes));
        }

        return Task.CompletedTask;
    }

    public async Task<ManagedKernel> StartKernelAsync(string? notebookPath, CancellationToken cancellationToken) =>
        await StartKernelAsync(notebookPath, KernelLanguage.CSharp, cancellationToken);

    public async Task<ManagedKernel> StartKernelAsync(string? notebookPath, KernelLanguage language, CancellationToken cancellationToken)
    {
        if (_kernels.Count >= server.MaxKernels)
        {
            throw new KernelStartException($"This server already runs {_kernels.Count} kernels, its limit; shut one down first.");
        }

        if (language == KernelLanguage.QSharp)
        {
            var qsharp = QsharpOptions ?? throw new KernelStartException(
                $"This server has no Q# kernel: set {QsharpKernelLocator.EnvironmentVariable} or --qsharp-kernel, or run `npm ci` in quantum/.");
            // The Q# kernel starts in the workspace and stays there: its cells cannot open files.
            var started = new ManagedKernel(Guid.NewGuid().ToString("N"), notebookPath, await KernelProcess.StartAsync(qsharp, cancellationToken), DateTimeOffset.UtcNow, language);
            _kernels[started.Id] = started;
            return started;
        }

        Task<KernelProcess>? warm;
        lock (_gate)
        {
            (warm, _warm) = (_warm, null);
        }

        KernelProcess process;
        try
        {
            process = await (warm ?? KernelProcess.StartAsync(Options, cancellationToken)).WaitAsync(cancellationToken);
        }
        catch (KernelStartException) when (warm is not null)
        {
            process = await KernelProcess.StartAsync(Options, cancellationToken);
        }

        // Refill only now: on two cores a second start would slow down the one the user waits for.
        if (_keepWarm)
        {
            Refill();
        }

        await MoveToNotebookFolderAsync(process, notebookPath, cancellationToken);
        var kernel = new ManagedKernel(Guid.NewGuid().ToString("N"), notebookPath, process, DateTimeOffset.UtcNow, KernelLanguage.CSharp);
        _kernels[kernel.Id] = kernel;
        return kernel;
    }

    // Kernels start in the workspace (a warm one cannot know its notebook); relative paths in a
    // notebook mean its own folder, as in Jupyter, so the kernel moves there before the first cell.
    private async Task MoveToNotebookFolderAsync(KernelProcess process, string? notebookPath, CancellationToken cancellationToken)
    {
        var folder = notebookPath is null ? null : Path.GetDirectoryName(Path.Combine(Options.WorkingDirectory, notebookPath));
        if (folder is null || !Directory.Exists(folder) || Path.GetFullPath(folder) == Path.GetFullPath(Options.WorkingDirectory))
        {
            return;
        }

        var code = $"System.Environment.CurrentDirectory = @\"{folder.Replace("\"", "\"\"", StringComparison.Ordinal)}\";";
        await foreach (var kernelEvent in process.ExecuteAsync(code, cancellationToken: cancellationToken))
        {
            if (kernelEvent is CommandFailed failed)
            {
                logger.LogWarning("Could not move kernel to {Folder}: {Message}", folder, failed.Message);
            }
        }
    }

    public ManagedKernel? Find(string id) => _kernels.GetValueOrDefault(id);

    public async Task<bool> ShutdownAsync(string id)
    {
        if (!_kernels.TryRemove(id, out var kernel))
        {
            return false;
        }

        await kernel.Process.DisposeAsync();
        return true;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        Task<KernelProcess>? warm;
        lock (_gate)
        {
            _stopped = true;
            (warm, _warm) = (_warm, null);
        }

        // A warm kernel still starting is killed now, not after it became ready.
        await _stopping.CancelAsync();
        foreach (var id in _kernels.Keys)
        {
            await ShutdownAsync(id);
        }

        if (warm is not null)
        {
            try
            {
                await (await warm).DisposeAsync();
            }
            catch (Exception ex) when (ex is KernelStartException or OperationCanceledException)
            {
                // Nothing to stop.
            }
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task CullIdleAsync(TimeSpan idle)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Clamp(idle.TotalSeconds / 4, 1, 60)));
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                foreach (var kernel in _kernels.Values.Where(k => k.Process.State == KernelState.Idle && DateTimeOffset.UtcNow - k.Process.LastActivity > idle))
                {
                    logger.LogInformation("Shutting down kernel {Id}: idle since {Since}", kernel.Id, kernel.Process.LastActivity);
                    await ShutdownAsync(kernel.Id);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The server stops.
        }
    }

    private void Refill()
    {
        lock (_gate)
        {
            if (_stopped || _warm is not null)
            {
                return;
            }

            _warm = KernelProcess.StartAsync(Options, _stopping.Token);
            _warm.ContinueWith(t => logger.LogWarning(t.Exception, "The warm kernel did not start."), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }
}
