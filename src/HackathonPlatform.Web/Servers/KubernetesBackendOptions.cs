namespace HackathonPlatform.Web.Servers;

/// <summary>The Kubernetes backend's site settings, bound from <c>Servers:Kubernetes</c> (per server: the owner's flavour and base path).</summary>
public sealed class KubernetesBackendOptions
{
    /// <summary>The namespace of the servers' pods, services, secrets and workspace claims.</summary>
    public string Namespace { get; set; } = "hackathon";

    /// <summary>The API server's URL without credentials (e.g. <c>kubectl proxy</c> at http://127.0.0.1:8001); empty: in-cluster credentials when the hub runs in a pod, else the kubeconfig.</summary>
    public string? ApiServer { get; set; }

    /// <summary>The kubeconfig file; empty: <c>$KUBECONFIG</c> or <c>~/.kube/config</c>.</summary>
    public string? KubeConfig { get; set; }

    /// <summary>The kubeconfig context; empty: its current context.</summary>
    public string? Context { get; set; }

    /// <summary>The server image when a flavour names none.</summary>
    public string DefaultImage { get; set; } = "ghcr.io/hackathon-platform/notebook-server:latest";

    /// <summary>The container command; empty: the image's entrypoint.</summary>
    public List<string> ServerCommand { get; set; } = [];

    /// <summary>Further server arguments.</summary>
    public List<string> ServerArguments { get; set; } = [];

    /// <summary>The server's port in the pod (and the Service's).</summary>
    public int Port { get; set; } = 8888;

    /// <summary>The size of each owner's workspace claim.</summary>
    public string WorkspaceSize { get; set; } = "5Gi";

    /// <summary>The claims' storage class; empty: the cluster's default.</summary>
    public string? StorageClass { get; set; }

    /// <summary>Seconds scheduling, image pull and the server's first answer may take together.</summary>
    public double StartTimeoutSeconds { get; set; } = 300;
}
