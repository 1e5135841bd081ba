using HackathonPlatform.Spawning.Slurm.Tests;

namespace HackathonPlatform.Web.Tests.Jobs;

/// <summary>A real single-node Slurm with two fake GPUs (scripts/slurm-up.sh), for the batch-job tests that need one.</summary>
[CollectionDefinition(Name)]
public sealed class SlurmJobsGroup : ICollectionFixture<SlurmCluster>
{
    public const string Name = "slurm-jobs";
}
