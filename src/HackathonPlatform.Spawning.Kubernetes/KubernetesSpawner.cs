using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using k8s;

namespace HackathonPlatform.Spawning.Kubernetes;

/// <summary>
/// Runs a group's notebook server as a pod (kubespawner's role): creates the token Secret, the
/// workspace claim when missing, the Pod and its Service from <see cref="KubernetesManifests"/>;
/// reports the pod's phase and events while it starts (the scheduler's reason when no node fits, the
/// image when it cannot be pulled); is ready when the server answers through the Service; deletes
/// Pod, Service and Secret on stop and everything it made on a failed start (the claim outlives a
/// stop: it is the group's workspace). Namespace, names, URL and token are the saved state.
/// </summary>
public sealed partial class KubernetesSpawner : ISpawner
{
    /// <summary>The <see cref="SpawnerState.Backend"/> of this spawner.</summary>
    public const string Backend = "kubernetes";

    private static readonly HttpClient DefaultStatusHttp = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly IKubernetes _client;
    private readonly KubernetesSpawnerOptions _options;
    private readonly HttpClient _statusHttp;
    private readonly HashSet<string> _made = [];
    private string? _namespace;
    private string? _server;
    private int? _lastExitStatus;
    private volatile bool _starting;

    /// <summary>Creates a spawner for one group.</summary>
    /// <param name="client">The API client (shared; in-cluster or kubeconfig credentials).</param>
    /// <param name="options">What to run where.</param>
    /// <param name="statusHttp">The client that asks the server whether it answers; null: a shared one with a 2 s timeout.</param>
    public KubernetesSpawner(IKubernetes client, KubernetesSpawnerOptions options, HttpClient? statusHttp = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _statusHttp = statusHttp ?? DefaultStatusHttp;
    }

    /// <inheritdoc />
    public ServerEndpoint? Endpoint { get; private set; }

    /// <summary>The pod's (and Service's and Secret's) name while a server exists, else null.</summary>
    public string? PodName => _server;

    /// <summary>The URL the server has once ready: the Service's cluster DNS name (or <see cref="KubernetesSpawnerOptions.ServerAddress"/>) and the base path.</summary>
    public Uri ServerUrl
    {
        get
        {
            var names = new KubernetesNames(_options.Group);
            var root = _options.ServerAddress?.ToString().TrimEnd('/')
                ?? string.Create(CultureInfo.InvariantCulture, $"http://{names.Server}.{_options.Namespace}.svc.cluster.local:{_options.Port}");
            var path = _options.BasePath.Trim('/');
            return new Uri(path.Length > 0 ? $"{root}/{path}/" : $"{root}/");
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<SpawnProgress> StartAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_starting || await PollAsync(cancellationToken) is null)
        {
            throw new InvalidOperationException("The server is already running or starting.");
        }

        _starting = true;
        try
        {
            yield return SpawnProgress.Pending($"Creating the server's pod in namespace {_options.Namespace} ({_options.Flavour.Name}).");
            var token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
            if (await TryCreateAsync(token, cancellationToken) is { } createError)
            {
                await FailAsync();
                yield return SpawnProgress.Failed(createError);
                yield break;
            }

            yield return SpawnProgress.Starting($"Pod {_server} created in namespace {_namespace}; waiting for a node.");
            var clock = Stopwatch.StartNew();
            var endpoint = new ServerEndpoint(ServerUrl, token);
            string? lastMessage = null;
            var lastReport = TimeSpan.Zero;
            while (true)
            {
                var report = await ObserveAsync(cancellationToken);
                if (report.Condition is KubernetesPodCondition.Broken or KubernetesPodCondition.Gone)
                {
                    await FailAsync();
                    yield return SpawnProgress.Failed(report.Message);
                    yield break;
                }

                if (report.Condition == KubernetesPodCondition.Running
                    && await ServerStatusClient.GetAsync(_statusHttp, endpoint, cancellationToken) is not null)
                {
                    Endpoint = endpoint;
                    yield return SpawnProgress.Ready(endpoint.Url, Placement(report.Node));
                    yield break;
                }

                if (clock.Elapsed > _options.StartTimeout)
                {
                    await FailAsync();
                    yield return SpawnProgress.Failed($"The server did not start within {_options.StartTimeout.TotalSeconds:0} s ({report.Message}); its pod was deleted.");
                    yield break;
                }

                // Repeat a message only every few seconds: the page shows the latest line anyway.
                if (report.Message != lastMessage || clock.Elapsed - lastReport > TimeSpan.FromSeconds(5))
                {
                    (lastMessage, lastReport) = (report.Message, clock.Elapsed);
                    yield return SpawnProgress.Starting(report.Message);
                }

                await Task.Delay(_options.PollInterval, cancellationToken);
            }
        }
        finally
        {
            _starting = false;
            if (Endpoint is null && _server is not null)
            {
                // Cancelled (or an API call threw): leave nothing behind.
                await FailAsync();
            }
        }
    }

    /// <summary>Where the ready server runs: "pod hub-g-3 on node gpu-node-2, 1 × nvidia.com/gpu".</summary>
    private string Placement(string? node)
    {
        var where = node is { Length: > 0 } ? $"pod {_server} on node {node}" : $"pod {_server} in namespace {_namespace}";
        var flavour = _options.Flavour;
        return flavour.GpuCount > 0 ? $"{where}, {flavour.GpuCount} × {flavour.GpuResource}" : where;
    }
}
