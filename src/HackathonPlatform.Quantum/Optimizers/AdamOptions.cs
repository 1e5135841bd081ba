namespace HackathonPlatform.Quantum.Optimizers;

/// <summary>Settings of <see cref="Adam"/> (Kingma and Ba 2015 defaults, except the step size).</summary>
public sealed record AdamOptions
{
    /// <summary>Step size α; for rotation angles 0.05–0.1 rad is a sensible start.</summary>
    public double LearningRate { get; init; } = 0.05;

    /// <summary>Decay of the first-moment estimate.</summary>
    public double Beta1 { get; init; } = 0.9;

    /// <summary>Decay of the second-moment estimate.</summary>
    public double Beta2 { get; init; } = 0.999;

    /// <summary>Guards the division by the second moment.</summary>
    public double Epsilon { get; init; } = 1e-8;

    /// <summary>Maximum number of gradient steps.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>
    /// Stop after this many iterations without lowering the best value by more than 1e-9 (relative);
    /// null = never. Saves the plateau iterations of CVaR objectives, which go flat once the tail is optimal.
    /// </summary>
    public int? Patience { get; init; }

    /// <summary>Stop when the gradient's Euclidean norm falls below this.</summary>
    public double GradientTolerance { get; init; } = 1e-6;
}
