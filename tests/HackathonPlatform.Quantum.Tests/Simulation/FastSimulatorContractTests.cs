namespace HackathonPlatform.Quantum.Tests.Simulation;

/// <summary>The production simulator against the shared contract.</summary>
public sealed class FastSimulatorContractTests : SimulatorContractTests
{
    protected override IStateSimulator Create(int qubits) => new FastSimulator(qubits);
}
