namespace HackathonPlatform.Quantum.Solvers;

/// <summary>Settings of <see cref="TabuSearch"/>; the defaults are meant for unseen instances, not tuned per file.</summary>
public sealed record TabuSearchOptions
{
    /// <summary>Seed of all random choices (start points, tie breaks, tenures).</summary>
    public int Seed { get; init; }

    /// <summary>Number of tabu walks; later ones start from perturbations of the best solution or at random.</summary>
    public int Restarts { get; init; } = 60;

    /// <summary>A walk ends after this many moves without improving its own best; null = max(500, 25·n).</summary>
    public int? StallLimit { get; init; }

    /// <summary>Stop as soon as a value this good (≤) is found; null = run all restarts.</summary>
    public double? TargetValue { get; init; }

    /// <summary>Stop starting new walks after this wall time; null = no limit.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Receives the fraction of restarts done.</summary>
    public IProgress<SolverProgress>? Progress { get; init; }
}
