using HackathonPlatform.Quantum.Circuits;
using HackathonPlatform.Quantum.Optimizers;
using HackathonPlatform.Quantum.Solvers;

namespace HackathonPlatform.Quantum.Variational;

/// <summary>Settings of <see cref="Vqe.Solve"/>; every field has a default that works on small QUBOs.</summary>
public sealed record VqeOptions
{
    /// <summary>Entangling layers of the hardware-efficient ansatz (0 = product states); ≥ 0.</summary>
    public int Layers { get; init; } = 2;

    /// <summary>The two-qubit layer between Ry layers.</summary>
    public Entangler Entangler { get; init; } = Entangler.Linear;

    /// <summary>CVaR fraction in (0, 1]; 1 = plain expectation of the cost.</summary>
    public double Alpha { get; init; } = 0.2;

    /// <summary>The classical optimizer; null = Adam with adjoint gradients.</summary>
    public IOptimizer? Optimizer { get; init; }

    /// <summary>Independent starts (the best one is kept); ≥ 1.</summary>
    public int Starts { get; init; } = 3;

    /// <summary>Seed of start points, optimizer and measurement shots.</summary>
    public int Seed { get; init; }

    /// <summary>Shots drawn from the final state to pick the reported bitstring; ≥ 1.</summary>
    public int Shots { get; init; } = 1024;

    /// <summary>The first start's angles ((layers + 1)·n values); null = near |+⟩ⁿ with seeded noise.</summary>
    public IReadOnlyList<double>? InitialParameters { get; init; }

    /// <summary>A best-known value to rate the result against; null = the exact optimum of the cost diagonal.</summary>
    public double? ReferenceValue { get; init; }

    /// <summary>No new start begins after this much wall time; null = no limit.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Receives progress for progress bars.</summary>
    public IProgress<SolverProgress>? Progress { get; init; }
}
