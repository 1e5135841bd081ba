using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Spawning.Kubernetes;
using HackathonPlatform.Spawning.Slurm;
using HackathonPlatform.Web.Servers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Tests.Servers;

/// <summary>Servers:Backend picks the spawner factory; a wrong name stops start-up.</summary>
public sealed class ServerBackendSelectionTests
{
    [Theory]
    [InlineData(null, typeof(LocalSpawnerFactory))]
    [InlineData("local", typeof(LocalSpawnerFactory))]
    [InlineData("slurm", typeof(SlurmSpawnerFactory))]
    [InlineData("Kubernetes", typeof(KubernetesSpawnerFactory))]
    public void The_configured_backend_selects_its_spawner_factory(string? backend, Type expected)
    {
        using var services = Build(new() { ["Servers:Backend"] = backend });

        services.GetRequiredService<IStartupValidator>().Validate();
        Assert.IsType(expected, services.GetRequiredService<ISpawnerFactory>());
    }

    [Fact]
    public void An_unknown_backend_stops_start_up_naming_the_value_and_the_choices()
    {
        using var services = Build(new() { ["Servers:Backend"] = "kubernets" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Servers:Backend is 'kubernets'", error.Message, StringComparison.Ordinal);
        Assert.Contains("local, slurm, kubernetes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_backend_sections_bind_into_the_spawners_options()
    {
        using var services = Build(new()
        {
            ["Servers:Backend"] = "kubernetes",
            ["Servers:Kubernetes:Namespace"] = "summer-school",
            ["Servers:Kubernetes:ApiServer"] = "http://127.0.0.1:8001",
            ["Servers:Kubernetes:StorageClass"] = "fast",
            ["Servers:Slurm:Rest:BaseUrl"] = "http://slurm.example:6820",
            ["Servers:Slurm:Rest:UserName"] = "hub",
            ["Servers:Slurm:Rest:Token"] = "jwt",
        });

        var spawner = Assert.IsType<KubernetesSpawner>(services.GetRequiredService<ISpawnerFactory>().Create(WorkspaceOwner.ForUser("abc-1"), ServerFlavours.Cpu));

        Assert.Equal(new Uri("http://hackathon-user-abc-1.summer-school.svc.cluster.local:8888/servers/user-abc-1/"), spawner.ServerUrl);
        Assert.Equal(new Uri("http://slurm.example:6820"), services.GetRequiredService<IOptions<SlurmBackendOptions>>().Value.Rest?.BaseUrl);
        Assert.IsType<SlurmSpawner>(ActivatorUtilities.CreateInstance<SlurmSpawnerFactory>(services).Create(WorkspaceOwner.ForUser("abc-1"), ServerFlavours.Cpu));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddSingleton<IWorkspaceFiles>(new TempWorkspaces());
        services.AddHubServers();
        return services.BuildServiceProvider();
    }

    private sealed class TempWorkspaces : IWorkspaceFiles
    {
        public string RootOf(WorkspaceOwner owner) => Path.Combine(Path.GetTempPath(), "hp-backend-tests", owner.Key);

        public bool Exists(WorkspaceOwner owner, string relativePath) => false;

        public Task<bool> WriteNewAsync(WorkspaceOwner owner, string relativePath, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default) => Task.FromResult(false);
    }
}
