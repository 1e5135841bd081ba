namespace HackathonPlatform.Spawning.Kubernetes.Tests;

/// <summary>One request the fake API server received.</summary>
/// <param name="Method">GET, POST or DELETE.</param>
/// <param name="Resource">pods, services, secrets, persistentvolumeclaims or events.</param>
/// <param name="Namespace">The namespace.</param>
/// <param name="Name">The object's name (from the path, or the body of a create); null for lists.</param>
public sealed record FakeKubernetesRequest(string Method, string Resource, string Namespace, string? Name);
