namespace HackathonPlatform.Quantum.Benchmarks;

/// <summary>One benchmark: prints its figure as a ratio against a baseline measured in the same run.</summary>
internal interface IBenchmark
{
    /// <summary>The command-line name ("gate", "layer", ...).</summary>
    string Name { get; }

    /// <summary>Runs and prints; returns true when the target is met.</summary>
    bool Run();
}
