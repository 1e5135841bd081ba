using System.Diagnostics;

namespace HackathonPlatform.Spawning.Kubernetes.Tests;

/// <summary>The Kubernetes backend's own behaviour, against the fake API server.</summary>
public sealed class KubernetesSpawnerTests(FakeKubernetesApi api) : IClassFixture<FakeKubernetesApi>
{
    private const string Ns = KubernetesTestSpawners.Namespace;
    private readonly string _group = KubernetesTestSpawners.NewGroup();

    private string Pod => $"hackathon-{_group}";

    private string Claim => $"hackathon-{_group}-workspace";

    [Fact]
    public async Task An_unschedulable_pod_shows_the_schedulers_reason_and_the_failed_start_deletes_everything_it_made()
    {
        api.Script(Pod, FakePodScript.Unschedulable);
        var spawner = KubernetesTestSpawners.Create(api, _group, startTimeout: TimeSpan.FromSeconds(1));

        var events = await StartAsync(spawner);

        Assert.Contains(events, e => e.Phase == SpawnPhase.Starting && e.Message.Contains("0/3 nodes are available", StringComparison.Ordinal));
        var failed = events[^1];
        Assert.Equal(SpawnPhase.Failed, failed.Phase);
        Assert.Contains("Insufficient nvidia.com/gpu", failed.Reason, StringComparison.Ordinal);
        AssertNothingLeft(claimToo: true);
        Assert.NotNull(await spawner.PollAsync());
    }

    [Fact]
    public async Task An_image_pull_error_fails_at_once_naming_the_image_and_deletes_everything()
    {
        api.Script(Pod, FakePodScript.ImagePullFails);
        var spawner = KubernetesTestSpawners.Create(api, _group, startTimeout: TimeSpan.FromMinutes(2));
        var clock = Stopwatch.StartNew();

        var failed = (await StartAsync(spawner))[^1];

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "An image pull error must not wait for the start timeout.");
        Assert.Equal(SpawnPhase.Failed, failed.Phase);
        Assert.Contains("registry.example/notebook:1", failed.Reason, StringComparison.Ordinal);
        Assert.Contains("ErrImagePull", failed.Reason, StringComparison.Ordinal);
        AssertNothingLeft(claimToo: true);
        Assert.Contains(api.Requests, r => r is { Method: "DELETE", Resource: "pods" } && r.Name == Pod);
    }

    [Fact]
    public async Task A_ready_server_has_the_flavours_pod_a_secret_with_its_token_and_stop_keeps_the_workspace()
    {
        var spawner = KubernetesTestSpawners.Create(api, _group);

        var ready = (await StartAsync(spawner))[^1];

        Assert.Equal(SpawnPhase.Ready, ready.Phase);
        Assert.EndsWith($"/servers/{_group}/", ready.Url!.ToString(), StringComparison.Ordinal);
        Assert.Equal($"pod {Pod} on node {FakePodStatus.NodeName}, 1 × nvidia.com/gpu", ready.Placement);
        Assert.Equal("1", api.Find("pods", Ns, Pod)!["spec"]!["containers"]![0]!["resources"]!["limits"]!["nvidia.com/gpu"]!.ToString());
        Assert.Equal(spawner.Endpoint!.Token, api.Find("secrets", Ns, Pod)!["stringData"]!["token"]!.GetValue<string>());
        Assert.NotNull(api.Find("services", Ns, Pod));

        await spawner.StopAsync();

        AssertNothingLeft(claimToo: false);
        Assert.NotNull(api.Find("persistentvolumeclaims", Ns, Claim));
        Assert.DoesNotContain(api.Requests, r => r is { Method: "DELETE", Resource: "persistentvolumeclaims" } && r.Name == Claim);
        Assert.Equal(0, await spawner.PollAsync());
    }

    [Fact]
    public async Task An_existing_workspace_claim_is_reused_and_never_deleted_even_by_a_failed_start()
    {
        api.Put("persistentvolumeclaims", Ns, Claim);
        api.Script(Pod, FakePodScript.ImagePullFails);
        var spawner = KubernetesTestSpawners.Create(api, _group);

        Assert.Equal(SpawnPhase.Failed, (await StartAsync(spawner))[^1].Phase);

        Assert.DoesNotContain(api.Requests, r => r.Resource == "persistentvolumeclaims" && r.Method != "GET" && r.Name == Claim);
        Assert.NotNull(api.Find("persistentvolumeclaims", Ns, Claim));
        AssertNothingLeft(claimToo: false);
    }

    [Fact]
    public async Task A_reattached_spawner_sees_the_pod_the_cluster_killed_and_cleans_up_after_it()
    {
        var first = KubernetesTestSpawners.Create(api, _group);
        Assert.Equal(SpawnPhase.Ready, (await StartAsync(first))[^1].Phase);
        var saved = SpawnerState.FromJson(first.GetState().ToJson());
        Assert.Equal((Ns, Pod), (saved.Get("namespace"), saved.Get("pod")));

        var second = KubernetesTestSpawners.Create(api, _group);
        second.LoadState(saved);
        Assert.Null(await second.PollAsync());
        Assert.Equal(first.Endpoint, second.Endpoint);

        api.EndPod(Ns, Pod, exitCode: 137);

        Assert.Equal(137, await second.PollAsync());
        Assert.Null(second.Endpoint);
        AssertNothingLeft(claimToo: false);
        Assert.Equal(SpawnPhase.Ready, (await StartAsync(second))[^1].Phase);
        await second.StopAsync();
    }

    [Fact]
    public async Task A_cancelled_start_deletes_what_it_made()
    {
        api.Script(Pod, FakePodScript.Unschedulable);
        var spawner = KubernetesTestSpawners.Create(api, _group, startTimeout: TimeSpan.FromMinutes(2));
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var progress in spawner.StartAsync(cancel.Token))
            {
                if (progress.Message.Contains("No node can run", StringComparison.Ordinal))
                {
                    await cancel.CancelAsync();
                }
            }
        });

        AssertNothingLeft(claimToo: true);
        Assert.NotNull(await spawner.PollAsync());
    }

    private void AssertNothingLeft(bool claimToo)
    {
        Assert.Null(api.Find("pods", Ns, Pod));
        Assert.Null(api.Find("services", Ns, Pod));
        Assert.Null(api.Find("secrets", Ns, Pod));
        if (claimToo)
        {
            Assert.Null(api.Find("persistentvolumeclaims", Ns, Claim));
        }
    }

    private static async Task<List<SpawnProgress>> StartAsync(ISpawner spawner)
    {
        var events = new List<SpawnProgress>();
        await foreach (var progress in spawner.StartAsync())
        {
            events.Add(progress);
        }

        return events;
    }
}
