namespace HackathonPlatform.Spawning.Kubernetes.Tests;

/// <summary>What the fake API server makes of a created pod.</summary>
public enum FakePodScript
{
    /// <summary>Pending (scheduled, container creating) on the first read, then Running.</summary>
    Runs,

    /// <summary>Pending, then ErrImagePull, then ImagePullBackOff, forever.</summary>
    ImagePullFails,

    /// <summary>Pending and unschedulable forever: no node has the GPU it asks for.</summary>
    Unschedulable,
}
