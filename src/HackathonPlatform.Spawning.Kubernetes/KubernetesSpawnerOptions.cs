using HackathonPlatform.Spawning.Flavours;

namespace HackathonPlatform.Spawning.Kubernetes;

/// <summary>How one group's notebook server runs as a pod (bound from configuration; pure data).</summary>
public sealed record KubernetesSpawnerOptions
{
    /// <summary>The namespace the hub's objects live in.</summary>
    public string Namespace { get; init; } = "hackathon";

    /// <summary>The group's name (lower-case DNS label); objects are named <c>hackathon-{group}</c>.</summary>
    public required string Group { get; init; }

    /// <summary>The size, image and placement.</summary>
    public required Flavour Flavour { get; init; }

    /// <summary>The image when the flavour names none: the notebook server program is its entrypoint.</summary>
    public string DefaultImage { get; init; } = "ghcr.io/hackathon-platform/notebook-server:latest";

    /// <summary>The prefix the hub proxies, e.g. <c>/servers/group-7/</c>.</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>The port the server listens on inside the pod.</summary>
    public int Port { get; init; } = 8888;

    /// <summary>The workspace volume's size (a PersistentVolumeClaim kept across restarts).</summary>
    public string WorkspaceSize { get; init; } = "5Gi";

    /// <summary>The storage class; null: the cluster's default.</summary>
    public string? StorageClass { get; init; }
}
