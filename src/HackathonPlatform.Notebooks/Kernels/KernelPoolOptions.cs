namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>Settings of a <see cref="KernelPool"/>.</summary>
public sealed record KernelPoolOptions
{
    /// <summary>
    /// How every pooled kernel is launched: host, sandbox, hidden and read-only folders, environment,
    /// log. Its <see cref="KernelProcessOptions.WorkingDirectory"/> and <see cref="KernelProcessOptions.Limits"/>
    /// are not used: each kernel gets a fresh working directory, and its limits are those of the rental.
    /// </summary>
    public required KernelProcessOptions Launch { get; init; }

    /// <summary>Ready kernels kept per set of limits (at least 1).</summary>
    public int Size { get; init; } = 1;

    /// <summary>
    /// How many different sets of limits are kept warm at once: renting with another one sends the
    /// waiting kernels of the least recently rented set away, so idle kernels do not pile up.
    /// </summary>
    public int MaxLimitSets { get; init; } = 2;

    /// <summary>Where the kernels' working directories are created; null for the system's temp folder.</summary>
    public string? WorkingDirectoryRoot { get; init; }
}
