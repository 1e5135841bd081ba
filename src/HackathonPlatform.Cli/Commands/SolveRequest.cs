using HackathonPlatform.Quantum.Optimizers;

namespace HackathonPlatform.Cli.Commands;

/// <summary>The parsed options of `hackathon qubo solve`.</summary>
internal sealed record SolveRequest(
    string Path,
    string Method,
    int? Layers,
    int Seed,
    bool MaxCut,
    double? BestKnown,
    bool Json,
    double? Alpha,
    string? Optimizer,
    int? Starts,
    bool FixedAngles,
    double TimeLimitSeconds)
{
    public IOptimizer? CreateOptimizer() => Optimizer switch
    {
        null => null,
        "adam" => new Adam(new AdamOptions { LearningRate = Method == "qaoa" ? 0.05 : 0.1, MaxIterations = 150, Patience = 15 }),
        "spsa" => new Spsa(),
        "nelder-mead" => new NelderMead(),
        _ => throw new ArgumentException($"Unknown optimizer '{Optimizer}'."),
    };
}
