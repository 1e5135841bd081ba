using HackathonPlatform.Spawning.Tests.Fakes;

namespace HackathonPlatform.Spawning.Tests;

public sealed class CrashingSpawnerContractTests : SpawnerContractTests
{
    protected override ISpawner CreateSpawner() => new CrashingSpawner();
}
