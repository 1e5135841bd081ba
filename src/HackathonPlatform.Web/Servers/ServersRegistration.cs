using Yarp.ReverseProxy.Forwarder;

namespace HackathonPlatform.Web.Servers;

/// <summary>Wires notebook servers: spawner backend, manager, lifecycle (re-attach, idle culling) and the proxy.</summary>
public static class ServersRegistration
{
    /// <summary>Registers the services.</summary>
    public static IServiceCollection AddHubServers(this IServiceCollection services)
    {
        services.AddOptions<ServerOptions>().BindConfiguration("Servers");
        services.AddHttpForwarder();
        services.AddHttpClient("servers", c => c.Timeout = TimeSpan.FromSeconds(5));
        services.AddSingleton<ForwarderHttpClientFactoryHolder>();
        services.AddSingleton<ISpawnerFactory, LocalSpawnerFactory>();
        services.AddSingleton<ServerManager>();
        services.AddSingleton<IServerDirectory>(sp => sp.GetRequiredService<ServerManager>());
        services.AddScoped<ServerAccess>();
        services.AddHostedService<ServerLifecycleService>();
        return services;
    }
}
