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

    /// <summary>The container's command; null: the image's entrypoint (which is the notebook server program).</summary>
    public IReadOnlyList<string>? ServerCommand { get; init; }

    /// <summary>Further server arguments, after the workspace, port, address and base path.</summary>
    public IReadOnlyList<string> ServerArguments { get; init; } = [];

    /// <summary>
    /// Where the hub reaches the server, replacing the Service's cluster DNS name
    /// <c>http://{service}.{namespace}.svc.cluster.local:{port}</c>: for a hub outside the cluster
    /// (through an ingress or port-forward) and for tests against the fake API. The base path is appended.
    /// </summary>
    public Uri? ServerAddress { get; init; }

    /// <summary>How long scheduling, image pull and the server's first answer may take together before the start fails and everything is deleted.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the pod and its events are read while starting.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a stop waits for the pod to be gone (the pod's grace period ends it).</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
