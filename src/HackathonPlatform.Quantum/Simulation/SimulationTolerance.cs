namespace HackathonPlatform.Quantum.Simulation;

/// <summary>The one numeric tolerance of the simulator, in one place.</summary>
public static class SimulationTolerance
{
    /// <summary>Largest entry error of U†U - I accepted for a "unitary" matrix (1e-10).</summary>
    public const double Unitarity = 1e-10;
}
