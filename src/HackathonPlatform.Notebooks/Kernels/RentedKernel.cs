namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// A kernel taken from a <see cref="KernelPool"/> for one notebook. Disposing it kills the kernel and
/// deletes its working directory: a kernel never serves a second notebook.
/// </summary>
public sealed class RentedKernel : IAsyncDisposable
{
    private readonly Func<ValueTask> _release;

    internal RentedKernel(KernelProcess kernel, string workingDirectory, bool wasReady, Func<ValueTask> release)
    {
        Kernel = kernel;
        WorkingDirectory = workingDirectory;
        WasReady = wasReady;
        _release = release;
    }

    /// <summary>The kernel, ready (its process may still restart on a timeout or interrupt, as any kernel's).</summary>
    public KernelProcess Kernel { get; }

    /// <summary>The kernel's working directory: fresh and empty when rented, deleted on disposal.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Whether the kernel was already ready when rented (false: the renter waited for its start).</summary>
    public bool WasReady { get; }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _release();
}
