namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>One kernel a <see cref="KernelPool"/> started: its limits, working directory and start, waiting or rented.</summary>
internal sealed class PooledKernel(KernelLimits limits, string workingDirectory, CancellationToken poolShutdown)
{
    public KernelLimits Limits { get; } = limits;

    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>Cancelled when the kernel is discarded while still starting (or when the pool shuts down).</summary>
    public CancellationTokenSource Cancel { get; } = CancellationTokenSource.CreateLinkedTokenSource(poolShutdown);

    /// <summary>The start; set once, right after construction, under the pool's lock.</summary>
    public Task<KernelProcess> Started { get; set; } = null!;

    /// <summary>The one disposal of this kernel, once it began (under the pool's lock).</summary>
    public Task? Discarding { get; set; }

    public bool IsReady => Started.IsCompletedSuccessfully && Started.Result.IsProcessRunning;

    /// <summary>The start failed, or the process has exited since: never hand it out.</summary>
    public bool IsBroken => Started.IsFaulted || Started.IsCanceled || (Started.IsCompletedSuccessfully && !Started.Result.IsProcessRunning);
}
