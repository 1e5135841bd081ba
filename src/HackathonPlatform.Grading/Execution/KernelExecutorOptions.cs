using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.Grading.Execution;

/// <summary>Settings of <see cref="KernelNotebookExecutor"/>.</summary>
public sealed record KernelExecutorOptions
{
    /// <summary>The kernel host program (<c>hackathon-kernel.dll</c>); see <see cref="KernelHostLocator"/>.</summary>
    public required string KernelHostPath { get; init; }

    /// <summary>
    /// Limits other than those of <see cref="ExecutionLimits"/> (CPU time, processes, file size);
    /// the cell timeout, memory and output limits of each run replace the ones here.
    /// </summary>
    public KernelLimits BaseLimits { get; init; } = KernelLimits.Default;

    /// <summary>Whether kernels run inside bubblewrap (grading wants <see cref="SandboxMode.Required"/> in production).</summary>
    public SandboxMode Sandbox { get; init; } = SandboxMode.Auto;

    /// <summary>
    /// The folder the notebook runs in (data files it reads); null for a fresh empty folder per run,
    /// deleted afterwards. A given folder is used as it is and not deleted. Cannot be combined with
    /// <see cref="WarmKernels"/>: a kernel's folder is fixed when it starts.
    /// </summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// Kernels kept started ahead of demand per set of limits (a <see cref="KernelPool"/>), so a
    /// notebook does not wait for the kernel's cold start; 0 starts a kernel per notebook when it is
    /// needed. Either way a kernel runs one notebook only, in a fresh folder, and is then killed.
    /// </summary>
    public int WarmKernels { get; init; }

    /// <summary>Folders hidden from the kernel (the hub's data directory).</summary>
    public IReadOnlyList<string> HiddenPaths { get; init; } = [];

    /// <summary>Receives kernel logs; null to drop them.</summary>
    public Action<string>? Log { get; init; }
}
