using HackathonPlatform.Spawning.Tests.Fakes;

namespace HackathonPlatform.Spawning.Tests;

public sealed class NeverStartsSpawnerContractTests : SpawnerContractTests
{
    protected override ISpawner CreateSpawner() => new NeverStartsSpawner(TimeSpan.FromMilliseconds(200));
}
