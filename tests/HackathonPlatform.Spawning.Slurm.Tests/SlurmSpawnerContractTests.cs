using HackathonPlatform.Spawning.Slurm;
using HackathonPlatform.Spawning.Tests;

namespace HackathonPlatform.Spawning.Slurm.Tests;

/// <summary>The shared spawner contract with the real notebook server running as a Slurm job.</summary>
[Collection(SlurmTestGroup.Name)]
public sealed class SlurmSpawnerContractTests(SlurmCluster slurm) : SpawnerContractTests, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("slurm-spawner-").FullName;

    protected override ISpawner CreateSpawner() => new SlurmSpawner(slurm.Http, SlurmTestSpawners.Options(slurm, _root, SlurmTestSpawners.Cpu));

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
