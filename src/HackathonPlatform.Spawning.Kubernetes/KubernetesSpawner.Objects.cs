using k8s;
using k8s.Models;

namespace HackathonPlatform.Spawning.Kubernetes;

/// <summary>Creating, reading and deleting the server's objects.</summary>
public sealed partial class KubernetesSpawner
{
    private const string SecretKind = "secret", ClaimKind = "claim", PodKind = "pod", ServiceKind = "service";

    private async Task<string?> TryCreateAsync(string token, CancellationToken cancellationToken)
    {
        var names = new KubernetesNames(_options.Group);
        var ns = _options.Namespace;
        (_namespace, _server, _lastExitStatus) = (ns, names.Server, null);
        _made.Clear();
        var core = _client.CoreV1;
        try
        {
            if (await KubernetesCalls.OrNullWhenMissingAsync(core.ReadNamespacedPodAsync(names.Server, ns, cancellationToken: cancellationToken)) is not null)
            {
                // Not ours to delete: an earlier hub's server whose saved state was lost may still be in use.
                return $"A pod named {names.Server} already exists in namespace {ns} (a server started earlier?). "
                    + $"Delete it (kubectl delete pod {names.Server} -n {ns}) and start again.";
            }

            // Leftovers of a server that ended on its own are replaced: the new token must be the one the pod reads.
            await CreateReplacingAsync(
                () => core.CreateNamespacedSecretAsync(KubernetesManifests.Secret(_options, token), ns, cancellationToken: cancellationToken),
                () => core.DeleteNamespacedSecretAsync(names.Server, ns, cancellationToken: cancellationToken));
            _made.Add(SecretKind);
            if (await KubernetesCalls.OrNullWhenMissingAsync(core.ReadNamespacedPersistentVolumeClaimAsync(names.Workspace, ns, cancellationToken: cancellationToken)) is null)
            {
                await core.CreateNamespacedPersistentVolumeClaimAsync(KubernetesManifests.WorkspaceClaim(_options), ns, cancellationToken: cancellationToken);
                _made.Add(ClaimKind);
            }

            await core.CreateNamespacedPodAsync(KubernetesManifests.Pod(_options), ns, cancellationToken: cancellationToken);
            _made.Add(PodKind);
            await CreateReplacingAsync(
                () => core.CreateNamespacedServiceAsync(KubernetesManifests.Service(_options), ns, cancellationToken: cancellationToken),
                () => core.DeleteNamespacedServiceAsync(names.Server, ns, cancellationToken: cancellationToken));
            _made.Add(ServiceKind);
            return null;
        }
        catch (Exception ex) when (KubernetesCalls.IsApiFailure(ex))
        {
            return $"The server's objects could not be created in namespace {ns}: {KubernetesCalls.Describe(ex)}";
        }
    }

    private static async Task CreateReplacingAsync<TCreated, TDeleted>(Func<Task<TCreated>> create, Func<Task<TDeleted>> delete)
    {
        try
        {
            await create();
        }
        catch (Exception ex) when (KubernetesCalls.IsConflict(ex))
        {
            await KubernetesCalls.DeleteAsync(delete);
            await create();
        }
    }

    private async Task<KubernetesPodReport> ObserveAsync(CancellationToken cancellationToken)
    {
        try
        {
            var pod = await KubernetesCalls.OrNullWhenMissingAsync(_client.CoreV1.ReadNamespacedPodAsync(_server, _namespace, cancellationToken: cancellationToken));
            var events = pod is null ? null : await _client.CoreV1.ListNamespacedEventAsync(
                _namespace, fieldSelector: $"involvedObject.kind=Pod,involvedObject.name={_server}", cancellationToken: cancellationToken);
            var latest = events?.Items?.OrderBy(e => e.LastTimestamp ?? e.EventTime ?? e.Metadata?.CreationTimestamp ?? DateTime.MinValue).LastOrDefault();
            return KubernetesPodReport.Of(pod, latest);
        }
        catch (Exception ex) when (KubernetesCalls.IsApiFailure(ex))
        {
            // Keep the pod: an API server restart is not the server's failure; the start timeout still applies.
            return new(KubernetesPodCondition.Waiting, $"Waiting for the Kubernetes API: {KubernetesCalls.Describe(ex)}");
        }
    }

    /// <summary>After a failed or cancelled start: deletes exactly what this start made (a claim that existed before stays).</summary>
    private async Task FailAsync()
    {
        if (_server is null || _namespace is null)
        {
            return;
        }

        await DeleteAsync(_made, CancellationToken.None);
        (_server, _namespace, Endpoint, _lastExitStatus) = (null, null, null, 1);
        _made.Clear();
    }

    private async Task DeleteAsync(HashSet<string> kinds, CancellationToken cancellationToken)
    {
        var core = _client.CoreV1;
        var (name, ns) = (_server!, _namespace!);
        try
        {
            if (kinds.Contains(PodKind))
            {
                await KubernetesCalls.DeleteAsync(() => core.DeleteNamespacedPodAsync(name, ns, cancellationToken: cancellationToken));
            }

            if (kinds.Contains(ServiceKind))
            {
                await KubernetesCalls.DeleteAsync(() => core.DeleteNamespacedServiceAsync(name, ns, cancellationToken: cancellationToken));
            }

            if (kinds.Contains(SecretKind))
            {
                await KubernetesCalls.DeleteAsync(() => core.DeleteNamespacedSecretAsync(name, ns, cancellationToken: cancellationToken));
            }

            if (kinds.Contains(ClaimKind))
            {
                await KubernetesCalls.DeleteAsync(() => core.DeleteNamespacedPersistentVolumeClaimAsync(new KubernetesNames(_options.Group).Workspace, ns, cancellationToken: cancellationToken));
            }

            if (kinds.Contains(PodKind))
            {
                await WaitUntilGoneAsync(name, ns, cancellationToken);
            }
        }
        catch (Exception ex) when (KubernetesCalls.IsApiFailure(ex) || ex is OperationCanceledException)
        {
            // The API server is unreachable or we stopped waiting: the deletes may still come through; forget the server either way.
        }
    }

    private async Task WaitUntilGoneAsync(string name, string ns, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + _options.StopTimeout;
        while (DateTime.UtcNow < deadline && !cancellationToken.IsCancellationRequested
            && await KubernetesCalls.OrNullWhenMissingAsync(_client.CoreV1.ReadNamespacedPodAsync(name, ns, cancellationToken: cancellationToken)) is V1Pod)
        {
            await Task.Delay(200, CancellationToken.None);
        }
    }
}
