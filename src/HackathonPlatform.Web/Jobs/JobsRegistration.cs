using HackathonPlatform.Web.Servers;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Jobs;

/// <summary>Wires batch jobs: the backend that <c>Servers:Backend</c> names, the service, the tracker and the poller.</summary>
public static class JobsRegistration
{
    /// <summary>Registers the services (after <c>AddHubServers</c>, whose options and Slurm client they use).</summary>
    public static IServiceCollection AddHubJobs(this IServiceCollection services)
    {
        services.AddOptions<BatchJobOptions>().BindConfiguration("Jobs");
        services.AddSingleton<IBatchJobBackend>(sp => ServerBackends.Normalize(sp.GetRequiredService<IOptions<ServerOptions>>().Value.Backend) switch
        {
            ServerBackends.Local => ActivatorUtilities.CreateInstance<LocalBatchJobBackend>(sp),
            ServerBackends.Slurm => ActivatorUtilities.CreateInstance<SlurmBatchJobBackend>(sp),
            var other => new UnsupportedJobBackend(other),
        });
        services.AddSingleton<HackathonAdmissionLocks>();
        services.AddSingleton<HackathonGpuCommitments>();
        services.AddScoped<BatchJobTracker>();
        services.AddScoped<BatchJobService>();
        services.AddHostedService<BatchJobPoller>();
        return services;
    }
}
