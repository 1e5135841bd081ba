namespace HackathonPlatform.Grading.Execution;

/// <summary>Limits a notebook executor enforces. A cell past its limit is stopped; later cells still run.</summary>
public sealed record ExecutionLimits
{
    /// <summary>Defaults: 30 s per cell, 10 min per notebook, 2 GiB of memory.</summary>
    public static ExecutionLimits Default { get; } = new();

    /// <summary>Wall-clock time one cell may run.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Wall-clock time the whole notebook may run.</summary>
    public TimeSpan NotebookTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Memory the kernel process may use, in bytes.</summary>
    public long MemoryBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Output bytes one cell may produce before the executor stops collecting it.</summary>
    public long MaxOutputBytesPerCell { get; init; } = 10L * 1024 * 1024;
}
