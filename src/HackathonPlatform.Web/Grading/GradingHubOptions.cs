namespace HackathonPlatform.Web.Grading;

/// <summary>The hub's grading settings, bound from the "Grading" configuration section.</summary>
public sealed class GradingHubOptions
{
    /// <summary>The exercises folder; default: exercises/ beside HackathonPlatform.sln above the content root.</summary>
    public string? ExercisesDirectory { get; set; }

    /// <summary>"kernel" (default): sandboxed kernel processes of hackathon-kernel.dll; "none": store and queue only.</summary>
    public string Executor { get; set; } = "kernel";

    /// <summary>Path of hackathon-kernel.dll; default: $HACKATHON_KERNEL_HOST, beside the hub, or the repository's build.</summary>
    public string? KernelHostPath { get; set; }

    /// <summary>Auto (bubblewrap when it works), Required (production) or Off.</summary>
    public string Sandbox { get; set; } = "Auto";

    /// <summary>
    /// Kernels kept started ahead of the next submission (per set of exercise limits), so a grade does
    /// not wait for the kernel's cold start; 0 starts one per submission. A kernel still grades one
    /// submission only. The first submission after a start, or of an exercise with other limits, starts cold.
    /// </summary>
    public int WarmKernels { get; set; } = 1;

    /// <summary>Grading workers in this hub process (each runs one notebook at a time); 0 turns grading off here.</summary>
    public int Workers { get; set; } = 1;

    /// <summary>How often an idle worker looks for queued submissions.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a claimed job stays with its worker without renewal; workers renew at a third of it,
    /// so a killed worker's job is retried by another after at most this long.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);
}
