namespace HackathonPlatform.Spawning.Slurm.Tests;

/// <summary>One Slurm for all tests, which run one after another (two CPUs, two GPUs).</summary>
[CollectionDefinition(Name)]
public sealed class SlurmTestGroup : ICollectionFixture<SlurmCluster>
{
    public const string Name = "slurm";
}
