namespace HackathonPlatform.Web.Katas;

/// <summary>The "Katas" configuration section: where the Q# toolchain lives and how checks are limited.</summary>
public sealed class KatasHubOptions
{
    /// <summary>The quantum/ folder (package.json, node_modules, scripts); empty for the repository's.</summary>
    public string? QuantumDirectory { get; set; }

    /// <summary>The exercises/ folder whose qsharp-* exercises are offered as a kata; empty for the repository's.</summary>
    public string? ExercisesDirectory { get; set; }

    /// <summary>The cached katas index's folder; empty for the temp folder.</summary>
    public string? CacheDirectory { get; set; }

    /// <summary>Wall-clock limit of one check (a Node process start is ~1.5 s of it).</summary>
    public int CheckTimeoutSeconds { get; set; } = 20;

    /// <summary>Checks running at once (each is a Node process of ~150 MB); more wait for a slot.</summary>
    public int MaxConcurrentChecks { get; set; } = 2;

    /// <summary>How long a check waits for a slot before the learner is asked to try again.</summary>
    public int QueueTimeoutSeconds { get; set; } = 30;
}
