using HackathonPlatform.Core.Groups;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;

namespace HackathonPlatform.Web.Servers;

/// <summary>Wires notebook servers: spawner backend, manager, lifecycle (re-attach, idle culling) and the proxy.</summary>
public static class ServersRegistration
{
    /// <summary>Registers the services.</summary>
    public static IServiceCollection AddHubServers(this IServiceCollection services)
    {
        services.AddOptions<ServerOptions>().BindConfiguration("Servers").ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServerOptions>, ServerBackendValidation>();
        services.AddOptions<SlurmBackendOptions>().BindConfiguration("Servers:Slurm");
        services.AddOptions<KubernetesBackendOptions>().BindConfiguration("Servers:Kubernetes");
        services.AddHttpForwarder();
        services.AddHttpClient("servers", c => c.Timeout = TimeSpan.FromSeconds(5));
        services.AddSingleton<ForwarderHttpClientFactoryHolder>();
        services.AddHttpClient("slurm");
        services.AddSingleton<ServerFlavours>();
        services.AddSingleton<IGroupFlavourPolicy>(sp => sp.GetRequiredService<ServerFlavours>());
        services.AddScoped<GroupFlavourService>();
        services.AddSingleton<ServerFlavourLookup>();
        services.AddSingleton<ISpawnerFactory>(SpawnerFactory);
        services.AddSingleton<ServerStateProtector>();
        services.AddSingleton<ServerManager>();
        services.AddSingleton<ServerIdleWarning>();
        services.AddSingleton<IServerDirectory>(sp => sp.GetRequiredService<ServerManager>());
        services.AddScoped<ServerAccess>();
        services.AddHostedService<ServerLifecycleService>();
        return services;
    }

    private static ISpawnerFactory SpawnerFactory(IServiceProvider services)
    {
        var backend = services.GetRequiredService<IOptions<ServerOptions>>().Value.Backend;
        return ServerBackends.Normalize(backend) switch
        {
            ServerBackends.Local => ActivatorUtilities.CreateInstance<LocalSpawnerFactory>(services),
            ServerBackends.Slurm => ActivatorUtilities.CreateInstance<SlurmSpawnerFactory>(services),
            ServerBackends.Kubernetes => ActivatorUtilities.CreateInstance<KubernetesSpawnerFactory>(services),
            _ => throw new InvalidOperationException(ServerBackends.Problem(backend)),
        };
    }
}
