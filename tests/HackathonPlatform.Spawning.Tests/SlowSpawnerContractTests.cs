using HackathonPlatform.Spawning.Tests.Fakes;

namespace HackathonPlatform.Spawning.Tests;

public sealed class SlowSpawnerContractTests : SpawnerContractTests
{
    protected override ISpawner CreateSpawner() => new SlowSpawner(TimeSpan.FromMilliseconds(150));
}
