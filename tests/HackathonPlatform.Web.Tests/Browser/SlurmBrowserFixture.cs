using HackathonPlatform.Spawning.Slurm.Tests;
using HackathonPlatform.Web.Tests.Servers;
using Microsoft.AspNetCore.Hosting;

namespace HackathonPlatform.Web.Tests.Browser;

/// <summary>
/// The browser fixture with the hub on a real single-node Slurm (two fake GPUs; see <see cref="SlurmHubSettings"/>):
/// servers and batch jobs are Slurm jobs. Slurm starts before the hub and stops after it, so the hub can still
/// cancel its jobs when it stops.
/// </summary>
public sealed class SlurmBrowserFixture : BrowserFixture
{
    private readonly SlurmCluster cluster = new();

    /// <summary>What slurm-up.sh printed: SLURM_CONF, SLURMRESTD_URL, SLURM_JWT ...</summary>
    public IReadOnlyDictionary<string, string> SlurmEnv => cluster.Env;

    protected override async Task StartAsync()
    {
        await cluster.InitializeAsync();
        await base.StartAsync();
    }

    protected override async Task StopAsync()
    {
        try
        {
            await base.StopAsync();
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SlurmHubSettings.Apply(builder, cluster.Env);
    }
}

[CollectionDefinition(Name)]
public sealed class SlurmBrowserDefinition : ICollectionFixture<SlurmBrowserFixture>
{
    public const string Name = "Browser on Slurm";
}
