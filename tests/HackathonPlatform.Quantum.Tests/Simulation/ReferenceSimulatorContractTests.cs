namespace HackathonPlatform.Quantum.Tests.Simulation;

/// <summary>The dense reference against the same contract: proves the contract itself is sound.</summary>
public sealed class ReferenceSimulatorContractTests : SimulatorContractTests
{
    protected override IStateSimulator Create(int qubits) => new ReferenceSimulator(qubits);
}
