namespace HackathonPlatform.Spawning.Kubernetes;

/// <summary>The names and labels of one group's objects; deterministic, so a restarted hub finds them again.</summary>
/// <param name="Group">The group.</param>
public sealed record KubernetesNames(string Group)
{
    /// <summary>The label every object of the platform carries.</summary>
    public const string AppLabel = "app.kubernetes.io/name";

    /// <summary>The label naming the group.</summary>
    public const string GroupLabel = "hackathon-platform/group";

    /// <summary>Kueue's queue-name label.</summary>
    public const string KueueLabel = "kueue.x-k8s.io/queue-name";

    /// <summary>Pod, service and secret name.</summary>
    public string Server => $"hackathon-{Group}";

    /// <summary>The workspace claim's name.</summary>
    public string Workspace => $"hackathon-{Group}-workspace";

    /// <summary>The labels the service selects on.</summary>
    public IDictionary<string, string> Selector => new Dictionary<string, string> { [AppLabel] = "notebook-server", [GroupLabel] = Group };
}
