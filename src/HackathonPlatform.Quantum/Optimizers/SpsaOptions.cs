namespace HackathonPlatform.Quantum.Optimizers;

/// <summary>
/// Settings of <see cref="Spsa"/>, with Spall's gain sequences a_k = a/(k+1+A)^α and c_k = c/(k+1)^γ.
/// The numerator a is calibrated so that the first step has length about <see cref="FirstStep"/>.
/// </summary>
public sealed record SpsaOptions
{
    /// <summary>Iterations; each costs two objective calls.</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>Target size of the first update, per parameter (radians for circuit angles).</summary>
    public double FirstStep { get; init; } = 0.2;

    /// <summary>Perturbation size c.</summary>
    public double Perturbation { get; init; } = 0.1;

    /// <summary>Decay exponent α of the step (Spall: 0.602).</summary>
    public double Alpha { get; init; } = 0.602;

    /// <summary>Decay exponent γ of the perturbation (Spall: 0.101).</summary>
    public double Gamma { get; init; } = 0.101;

    /// <summary>Calibration samples of the gradient estimate at the start.</summary>
    public int CalibrationSamples { get; init; } = 5;
}
