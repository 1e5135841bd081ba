using HackathonPlatform.Core.Usage;
using HackathonPlatform.Web.Metrics;
using HackathonPlatform.Web.Servers;

namespace HackathonPlatform.Web.Hosting;

/// <summary>Wires usage accounting, GPU quotas and the Prometheus metrics.</summary>
public static class UsageRegistration
{
    /// <summary>Registers the services.</summary>
    public static IServiceCollection AddHubUsage(this IServiceCollection services)
    {
        services.AddScoped<UsageService>();
        services.AddSingleton<ServerUsage>();
        services.AddSingleton<HubMetrics>();
        return services;
    }
}
