using System.Globalization;
using k8s.Models;

namespace HackathonPlatform.Spawning.Kubernetes;

/// <summary>
/// Pure manifest builders (kubespawner's <c>make_pod</c>): the objects a group's server needs, as
/// data, tested without a cluster.
/// </summary>
public static class KubernetesManifests
{
    /// <summary>The server's token, as a Secret (not in the pod spec, which more people may read).</summary>
    /// <param name="options">The server.</param>
    /// <param name="token">The token.</param>
    /// <returns>The secret.</returns>
    public static V1Secret Secret(KubernetesSpawnerOptions options, string token)
    {
        ArgumentNullException.ThrowIfNull(options);
        var names = new KubernetesNames(options.Group);
        return new V1Secret
        {
            Metadata = new V1ObjectMeta { Name = names.Server, NamespaceProperty = options.Namespace, Labels = names.Selector },
            StringData = new Dictionary<string, string> { ["token"] = token },
        };
    }

    /// <summary>The group's workspace claim (kept when the server stops).</summary>
    /// <param name="options">The server.</param>
    /// <returns>The claim.</returns>
    public static V1PersistentVolumeClaim WorkspaceClaim(KubernetesSpawnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var names = new KubernetesNames(options.Group);
        return new V1PersistentVolumeClaim
        {
            Metadata = new V1ObjectMeta { Name = names.Workspace, NamespaceProperty = options.Namespace, Labels = names.Selector },
            Spec = new V1PersistentVolumeClaimSpec
            {
                AccessModes = ["ReadWriteOnce"],
                StorageClassName = options.StorageClass,
                Resources = new V1VolumeResourceRequirements { Requests = new Dictionary<string, ResourceQuantity> { ["storage"] = new(options.WorkspaceSize) } },
            },
        };
    }

    /// <summary>The server pod: flavour resources (GPUs as an extended resource, MIG names too), node selector, tolerations, Kueue label.</summary>
    /// <param name="options">The server.</param>
    /// <returns>The pod.</returns>
    public static V1Pod Pod(KubernetesSpawnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var flavour = options.Flavour;
        var names = new KubernetesNames(options.Group);
        var labels = new Dictionary<string, string>(names.Selector) { ["hackathon-platform/flavour"] = flavour.Name };
        if (flavour.KueueQueue is { } queue)
        {
            labels[KubernetesNames.KueueLabel] = queue;
        }

        var cpu = new ResourceQuantity(flavour.Cpu.ToString("0.###", CultureInfo.InvariantCulture));
        var memory = new ResourceQuantity($"{flavour.MemoryMb}Mi");
        var limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = cpu, ["memory"] = memory };
        if (flavour.GpuCount > 0)
        {
            // Extended resources are set as limits (requests default to them and may not differ).
            limits[flavour.GpuResource] = new ResourceQuantity(flavour.GpuCount.ToString(CultureInfo.InvariantCulture));
        }

        var container = new V1Container
        {
            Name = "notebook-server",
            Image = flavour.Image ?? options.DefaultImage,
            Args = ["--workspace", "/workspace", "--port", options.Port.ToString(CultureInfo.InvariantCulture), "--address", "0.0.0.0", "--base-path", options.BasePath, .. options.ServerArguments],
            Command = Command(options),
            Ports = [new V1ContainerPort { ContainerPort = options.Port, Name = "http" }],
            Env = [new V1EnvVar { Name = "HACKATHON_NOTEBOOK_TOKEN", ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Key = "token", Name = names.Server } } }],
            Resources = new V1ResourceRequirements { Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = cpu, ["memory"] = memory }, Limits = limits },
            VolumeMounts = [new V1VolumeMount { MountPath = "/workspace", Name = "workspace" }],
        };
        return new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = names.Server, NamespaceProperty = options.Namespace, Labels = labels },
            Spec = new V1PodSpec
            {
                Containers = [container],
                RestartPolicy = "Never",
                NodeSelector = flavour.NodeSelector.Count > 0 ? new Dictionary<string, string>(flavour.NodeSelector) : null,
                Tolerations = flavour.Tolerations.Count > 0
                    ? flavour.Tolerations.Select(t => new V1Toleration { Key = t.Key, OperatorProperty = t.Operator, Value = t.Value, Effect = t.Effect }).ToList()
                    : null,
                Volumes = [new V1Volume { Name = "workspace", PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = names.Workspace } }],
            },
        };
    }

    /// <summary>The ClusterIP service the hub proxies to.</summary>
    /// <param name="options">The server.</param>
    /// <returns>The service.</returns>
    public static V1Service Service(KubernetesSpawnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var names = new KubernetesNames(options.Group);
        return new V1Service
        {
            Metadata = new V1ObjectMeta { Name = names.Server, NamespaceProperty = options.Namespace, Labels = names.Selector },
            Spec = new V1ServiceSpec
            {
                Type = "ClusterIP",
                Selector = names.Selector,
                Ports = [new V1ServicePort { Port = options.Port, Name = "http", TargetPort = options.Port }],
            },
        };
    }

    private static List<string>? Command(KubernetesSpawnerOptions options)
    {
        var server = options.ServerCommand is { Count: > 0 } command ? command : null;
        if (options.Flavour.Command is not { } setup)
        {
            return server?.ToList();
        }

        // The flavour's setup runs first in a shell, which then becomes the server ("$0" "$@" are the
        // server command and its arguments), so signals reach the server directly.
        return ["/bin/sh", "-c", setup + " && exec \"$0\" \"$@\"", .. server ?? ["hackathon-notebook-server"]];
    }
}
