namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// Limits on one kernel process. Wall-clock and output are enforced by <see cref="KernelProcess"/>;
/// memory through the runtime's managed heap limit (<c>DOTNET_GCHeapHardLimit</c>) plus an
/// address-space rlimit for native allocations; CPU time and process count through rlimits set by
/// <c>prlimit</c> (util-linux). A limit of zero or less is not applied.
/// </summary>
public sealed record KernelLimits
{
    /// <summary>Defaults: 30 s per cell, 2 GiB heap, 10 CPU-minutes, 256 processes, 10 MiB output per cell.</summary>
    public static KernelLimits Default { get; } = new();

    /// <summary>Wall-clock time one cell may run; past it the kernel is killed and restarted.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Managed heap limit in bytes; an allocation past it throws OutOfMemoryException in the cell.</summary>
    public long MemoryBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// Virtual address space allowed on top of <see cref="MemoryBytes"/>, in bytes. The runtime
    /// reserves far more address space than it uses (code heaps, thread stacks, mapped assemblies),
    /// so RLIMIT_AS must be generous; it still stops a native allocation of tens of gigabytes.
    /// </summary>
    public long AddressSpaceOverheadBytes { get; init; } = 6L * 1024 * 1024 * 1024;

    /// <summary>CPU seconds the kernel process may use in its whole life (RLIMIT_CPU); then it is killed.</summary>
    public int CpuSeconds { get; init; } = 600;

    /// <summary>
    /// Processes and threads the kernel's user may have (RLIMIT_NPROC): stops fork bombs. It counts
    /// every process of the kernel's uid, and the runtime alone uses ~30 threads, so keep it well
    /// above 64. It binds only for a non-root uid: see <see cref="KernelProcessOptions.SandboxUserId"/>.
    /// Processes a cell leaves running are killed when the cell ends, so they do not hold it for the next.
    /// </summary>
    public int MaxProcesses { get; init; } = 256;

    /// <summary>Output bytes (characters) one cell may produce; the rest is cut with a notice.</summary>
    public long MaxOutputBytesPerCell { get; init; } = 10L * 1024 * 1024;

    /// <summary>Largest file the kernel may write, in bytes (RLIMIT_FSIZE).</summary>
    public long MaxFileBytes { get; init; } = 1L * 1024 * 1024 * 1024;

    /// <summary>Size of the private /tmp of a sandboxed kernel, in bytes (it lives in RAM).</summary>
    public long TempBytes { get; init; } = 256L * 1024 * 1024;
}
