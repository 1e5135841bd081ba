using HackathonPlatform.Spawning.Flavours;
using HackathonPlatform.Spawning.Kubernetes;

namespace HackathonPlatform.Spawning.Kubernetes.Tests;

public sealed class KubernetesManifestsTests
{
    private static readonly KubernetesSpawnerOptions A100 = new()
    {
        Group = "team-qaoa",
        BasePath = "/servers/team-qaoa/",
        Flavour = new Flavour
        {
            Name = "gpu-a100",
            Image = "registry.example/notebook:1",
            Cpu = 0.5,
            MemoryMb = 4096,
            GpuCount = 1,
            GpuResource = "nvidia.com/mig-1g.10gb",
            NodeSelector = new Dictionary<string, string> { ["nvidia.com/gpu.product"] = "A100" },
            Tolerations = [new FlavourToleration { Key = "nvidia.com/gpu", Operator = "Exists", Effect = "NoSchedule" }],
            KueueQueue = "hackathon",
        },
    };

    [Fact]
    public void The_pod_asks_for_the_flavours_cpu_memory_and_mig_gpu_on_the_selected_tolerated_nodes()
    {
        var pod = KubernetesManifests.Pod(A100);
        var container = Assert.Single(pod.Spec.Containers);

        Assert.Equal("hackathon-team-qaoa", pod.Metadata.Name);
        Assert.Equal("registry.example/notebook:1", container.Image);
        Assert.Equal("500m", container.Resources.Limits["cpu"].ToString());
        Assert.Equal("4Gi", container.Resources.Limits["memory"].ToString());
        Assert.Equal("1", container.Resources.Limits["nvidia.com/mig-1g.10gb"].ToString());
        Assert.False(container.Resources.Requests.ContainsKey("nvidia.com/mig-1g.10gb"));
        Assert.Equal("A100", pod.Spec.NodeSelector["nvidia.com/gpu.product"]);
        var toleration = Assert.Single(pod.Spec.Tolerations);
        Assert.Equal(("nvidia.com/gpu", "Exists", "NoSchedule"), (toleration.Key, toleration.OperatorProperty, toleration.Effect));
        Assert.Equal("hackathon", pod.Metadata.Labels[KubernetesNames.KueueLabel]);
        Assert.Equal("Never", pod.Spec.RestartPolicy);
    }

    [Fact]
    public void The_token_comes_from_the_secret_and_the_workspace_from_the_claim()
    {
        var pod = KubernetesManifests.Pod(A100);
        var container = pod.Spec.Containers[0];

        Assert.Equal("hackathon-team-qaoa", container.Env.Single(e => e.Name == "HACKATHON_NOTEBOOK_TOKEN").ValueFrom.SecretKeyRef.Name);
        Assert.Equal("hackathon-team-qaoa-workspace", pod.Spec.Volumes.Single().PersistentVolumeClaim.ClaimName);
        Assert.Equal("/workspace", container.VolumeMounts.Single().MountPath);
        Assert.Equal("secret-token", KubernetesManifests.Secret(A100, "secret-token").StringData["token"]);
        Assert.Contains("/servers/team-qaoa/", container.Args);
    }

    [Fact]
    public void A_cpu_flavour_has_no_gpu_selector_tolerations_or_queue_label()
    {
        var pod = KubernetesManifests.Pod(A100 with { Flavour = new Flavour { Name = "cpu" } });

        Assert.Equal(["cpu", "memory"], pod.Spec.Containers[0].Resources.Limits.Keys.Order());
        Assert.Null(pod.Spec.NodeSelector);
        Assert.Null(pod.Spec.Tolerations);
        Assert.False(pod.Metadata.Labels.ContainsKey(KubernetesNames.KueueLabel));
        Assert.Equal(A100 with { Flavour = new Flavour { Name = "cpu" } } is { DefaultImage: var image } ? image : null, pod.Spec.Containers[0].Image);
    }

    [Fact]
    public void The_service_selects_the_pod_and_the_claim_asks_for_the_workspace_size()
    {
        var service = KubernetesManifests.Service(A100);
        var pod = KubernetesManifests.Pod(A100);
        var claim = KubernetesManifests.WorkspaceClaim(A100 with { StorageClass = "fast" });

        Assert.All(service.Spec.Selector, kv => Assert.Equal(kv.Value, pod.Metadata.Labels[kv.Key]));
        Assert.Equal(8888, service.Spec.Ports.Single().Port);
        Assert.Equal("5Gi", claim.Spec.Resources.Requests["storage"].ToString());
        Assert.Equal("fast", claim.Spec.StorageClassName);
    }

    [Fact]
    public void Server_arguments_follow_the_standard_ones_and_a_flavour_setup_command_wraps_the_configured_server_command()
    {
        var options = A100 with
        {
            ServerArguments = ["--cell-timeout", "600"],
            ServerCommand = ["/opt/server/run"],
            Flavour = A100.Flavour with { Command = "nvidia-smi" },
        };

        var container = KubernetesManifests.Pod(options).Spec.Containers[0];

        Assert.Equal(["--cell-timeout", "600"], container.Args.TakeLast(2));
        Assert.Equal(["/bin/sh", "-c", "nvidia-smi && exec \"$0\" \"$@\"", "/opt/server/run"], container.Command);
    }
}
