using HackathonPlatform.Spawning.Tests;

namespace HackathonPlatform.Spawning.Kubernetes.Tests;

/// <summary>The shared spawner contract against the fake API server (no real one can run here).</summary>
public sealed class KubernetesSpawnerContractTests(FakeKubernetesApi api) : SpawnerContractTests, IClassFixture<FakeKubernetesApi>
{
    private readonly string _group = KubernetesTestSpawners.NewGroup();

    protected override ISpawner CreateSpawner() => KubernetesTestSpawners.Create(api, _group);
}
