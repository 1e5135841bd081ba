using HackathonPlatform.Quantum.Optimizers;
using HackathonPlatform.Quantum.Solvers;

namespace HackathonPlatform.Quantum.Variational;

/// <summary>Settings of <see cref="Qaoa.Solve"/>.</summary>
public sealed record QaoaOptions
{
    /// <summary>Depth p (cost + mixer layers); ≥ 1.</summary>
    public int Layers { get; init; } = 1;

    /// <summary>CVaR fraction in (0, 1]; 1 = plain expectation (the usual QAOA objective).</summary>
    public double Alpha { get; init; } = 1.0;

    /// <summary>The classical optimizer; null = Adam with adjoint gradients.</summary>
    public IOptimizer? Optimizer { get; init; }

    /// <summary>Optimise the angles; false = evaluate the first start's angles only (e.g. fixed angles).</summary>
    public bool OptimizeAngles { get; init; } = true;

    /// <summary>Start the first run from the 3-regular Max-Cut fixed angles (<see cref="FixedAngles"/>, p ≤ 11).</summary>
    public bool FixedAngleStart { get; init; }

    /// <summary>The first start's angles γ_1..γ_p, β_1..β_p (2p values); overrides <see cref="FixedAngleStart"/>.</summary>
    public IReadOnlyList<double>? InitialParameters { get; init; }

    /// <summary>Independent starts; the first is fixed-angle, given or a linear ramp, the rest random; ≥ 1.</summary>
    public int Starts { get; init; } = 3;

    /// <summary>
    /// Divisor of the cost in the phase layer, so that angles do not depend on the units of the weights;
    /// null = the mean |b_ij|/2 over couplings (1 for unweighted Max-Cut, so fixed angles apply as they are).
    /// </summary>
    public double? CostScale { get; init; }

    /// <summary>Seed of random starts, optimizer and measurement shots.</summary>
    public int Seed { get; init; }

    /// <summary>Shots drawn from the final state to pick the reported bitstring; ≥ 1.</summary>
    public int Shots { get; init; } = 1024;

    /// <summary>A best-known value to rate the result against; null = the exact optimum of the cost diagonal.</summary>
    public double? ReferenceValue { get; init; }

    /// <summary>No new start begins after this much wall time; null = no limit.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Receives progress for progress bars.</summary>
    public IProgress<SolverProgress>? Progress { get; init; }
}
