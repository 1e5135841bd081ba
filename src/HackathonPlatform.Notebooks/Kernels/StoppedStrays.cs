using System.Globalization;

namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>What <see cref="KernelStrays.Stop"/> killed.</summary>
/// <param name="Processes">The processes killed.</param>
/// <param name="KernelTasks">Processes and threads of the host and its strays before the kill, which count against RLIMIT_NPROC.</param>
internal sealed record StoppedStrays(IReadOnlyList<ProcessEntry> Processes, int KernelTasks)
{
    public static StoppedStrays None { get; } = new([], 0);

    public int Count => Processes.Count;

    /// <summary>The line a cell's output gets, e.g. "Stopped 97 processes this cell left running (the process limit of 256 was reached)."</summary>
    /// <param name="processLimit">The kernel's RLIMIT_NPROC where it binds, else null.</param>
    public string Notice(int? processLimit)
    {
        var what = Count == 1 ? "1 process" : string.Create(CultureInfo.InvariantCulture, $"{Count} processes");
        var reason = processLimit is { } limit && KernelTasks >= limit
            ? string.Create(CultureInfo.InvariantCulture, $" (the process limit of {limit} was reached)")
            : "";
        return $"\nStopped {what} this cell left running{reason}. A cell's processes end with the cell.\n";
    }
}
