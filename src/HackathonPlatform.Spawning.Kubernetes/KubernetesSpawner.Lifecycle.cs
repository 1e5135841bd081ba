using k8s;
using k8s.Models;

namespace HackathonPlatform.Spawning.Kubernetes;

/// <summary>Polling, stopping and re-attaching.</summary>
public sealed partial class KubernetesSpawner
{
    // Stop deletes what serves the server; the workspace claim is the group's data and stays.
    private static readonly HashSet<string> ServerKinds = [PodKind, ServiceKind, SecretKind];

    /// <inheritdoc />
    public async Task<int?> PollAsync(CancellationToken cancellationToken = default)
    {
        if (_server is null || _namespace is null)
        {
            return _lastExitStatus ?? 0;
        }

        if (_starting)
        {
            return null;
        }

        V1Pod? pod;
        try
        {
            pod = await KubernetesCalls.OrNullWhenMissingAsync(_client.CoreV1.ReadNamespacedPodAsync(_server, _namespace, cancellationToken: cancellationToken));
        }
        catch (Exception ex) when (KubernetesCalls.IsApiFailure(ex))
        {
            // The API server is unreachable: the pod most likely still runs; calling it stopped would
            // make the hub start a second one. Report running until the API answers again.
            return null;
        }

        var status = ExitStatus(pod);
        if (status is null)
        {
            return null;
        }

        // Ended or deleted by someone else (eviction, kubectl): remove the Service and Secret too, so
        // the next start begins clean.
        await DeleteAsync(ServerKinds, cancellationToken);
        (_server, _namespace, Endpoint, _lastExitStatus) = (null, null, null, status);
        return status;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_server is null || _namespace is null)
        {
            return;
        }

        await DeleteAsync(ServerKinds, cancellationToken);
        (_server, _namespace, Endpoint, _lastExitStatus) = (null, null, null, 0);
        _made.Clear();
    }

    /// <inheritdoc />
    public SpawnerState GetState() => new(Backend, _server is { } server && _namespace is { } ns && Endpoint is { } endpoint
        ? new Dictionary<string, string>
        {
            ["namespace"] = ns,
            ["pod"] = server,
            ["url"] = endpoint.Url.ToString(),
            ["token"] = endpoint.Token,
        }
        : new Dictionary<string, string>());

    /// <inheritdoc />
    public void LoadState(SpawnerState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Backend != Backend)
        {
            throw new ArgumentException($"A {state.Backend} state cannot be loaded into a {Backend} spawner.", nameof(state));
        }

        if (state.IsEmpty || state.Get("namespace") is not { } ns || state.Get("pod") is not { } pod || state.Get("url") is not { } url || state.Get("token") is not { } token)
        {
            return;
        }

        (_namespace, _server) = (ns, pod);
        Endpoint = new ServerEndpoint(new Uri(url), token);
    }

    private static int? ExitStatus(V1Pod? pod) => pod?.Status?.Phase switch
    {
        null when pod is null => -1,
        "Succeeded" => 0,
        "Failed" => pod.Status.ContainerStatuses?.FirstOrDefault()?.State?.Terminated?.ExitCode is { } code and not 0 ? code : 1,
        _ => null,
    };
}
