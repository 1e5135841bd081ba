using System.Numerics;
using HackathonPlatform.Quantum.Circuits;
using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Quantum.Tests.Simulation;

/// <summary>What the contract suite needs from a simulator: the fast one and the dense reference both provide it.</summary>
public interface IStateSimulator
{
    int QubitCount { get; }

    Complex[] GetAmplitudes();

    void SetAmplitudes(ReadOnlySpan<Complex> amplitudes);

    /// <summary>Applies one circuit gate at the given angle (Gate.Kind says which).</summary>
    void ApplyGate(Gate gate, double angle);

    void ApplyRotationLayer(PauliAxis axis, double[] angles);

    void ApplyDiagonalPhase(double[] diagonal, double gamma);

    double ExpectationDiagonal(double[] diagonal);

    double Expectation(PauliSum observable);

    double[] Probabilities();

    int Measure(int qubit, Random rng);

    long[] Sample(int shots, Random rng);
}
