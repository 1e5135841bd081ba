using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Spawning;
using HackathonPlatform.Spawning.Flavours;
using HackathonPlatform.Spawning.Kubernetes;
using k8s;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Servers;

/// <summary>
/// <c>Servers:Backend = kubernetes</c>: each owner's server is a pod (with Service, token Secret and
/// workspace claim) in <c>Servers:Kubernetes:Namespace</c>, sized and placed by the owner's flavour.
/// One API client serves all spawners.
/// </summary>
internal sealed class KubernetesSpawnerFactory : ISpawnerFactory, IDisposable
{
    private readonly IOptions<KubernetesBackendOptions> _options;
    private readonly Lazy<k8s.Kubernetes> _client;

    public KubernetesSpawnerFactory(IOptions<KubernetesBackendOptions> options)
    {
        _options = options;
        // Lazy: reading credentials at first start, not at hub start-up, keeps a local development hub free of kubeconfig errors until used.
        _client = new(() => new k8s.Kubernetes(Configuration(options.Value)));
    }

    public ISpawner Create(WorkspaceOwner owner, Flavour flavour)
    {
        var o = _options.Value;
        return new KubernetesSpawner(_client.Value, new KubernetesSpawnerOptions
        {
            Namespace = o.Namespace,
            // Object names are DNS labels: lower case (account ids are GUIDs, already lower case but not promised).
            Group = owner.Key.ToLowerInvariant(),
            Flavour = flavour,
            DefaultImage = o.DefaultImage,
            ServerCommand = o.ServerCommand.Count > 0 ? o.ServerCommand : null,
            ServerArguments = o.ServerArguments,
            BasePath = owner.BasePath(),
            Port = o.Port,
            WorkspaceSize = o.WorkspaceSize,
            StorageClass = string.IsNullOrEmpty(o.StorageClass) ? null : o.StorageClass,
            StartTimeout = TimeSpan.FromSeconds(o.StartTimeoutSeconds),
        });
    }

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
    }

    internal static KubernetesClientConfiguration Configuration(KubernetesBackendOptions o) =>
        !string.IsNullOrEmpty(o.ApiServer) ? new KubernetesClientConfiguration { Host = o.ApiServer }
        : string.IsNullOrEmpty(o.KubeConfig) && KubernetesClientConfiguration.IsInCluster() ? KubernetesClientConfiguration.InClusterConfig()
        : KubernetesClientConfiguration.BuildConfigFromConfigFile(string.IsNullOrEmpty(o.KubeConfig) ? null : o.KubeConfig, string.IsNullOrEmpty(o.Context) ? null : o.Context);
}
