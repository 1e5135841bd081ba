namespace HackathonPlatform.Spawning.Tests;

/// <summary>The contract against real server processes.</summary>
public sealed class LocalProcessSpawnerContractTests : SpawnerContractTests, IDisposable
{
    private readonly SpawnerTestFolder _folder = new();

    protected override ISpawner CreateSpawner() => new LocalProcessSpawner(_folder.Options);

    public void Dispose() => _folder.Dispose();
}
