namespace HackathonPlatform.Quantum.Optimizers;

/// <summary>Settings of <see cref="NelderMead"/>.</summary>
public sealed record NelderMeadOptions
{
    /// <summary>Maximum number of simplex iterations.</summary>
    public int MaxIterations { get; init; } = 2000;

    /// <summary>Edge length of the initial simplex around the start (radians for circuit angles).</summary>
    public double InitialStep { get; init; } = 0.5;

    /// <summary>Stop when the values at the vertices differ by less than this.</summary>
    public double FunctionTolerance { get; init; } = 1e-10;

    /// <summary>Stop when every vertex is this close to the best one (max-norm).</summary>
    public double PointTolerance { get; init; } = 1e-9;
}
