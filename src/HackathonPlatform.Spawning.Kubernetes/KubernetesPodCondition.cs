namespace HackathonPlatform.Spawning.Kubernetes;

/// <summary>What a starting pod's status means for the start.</summary>
public enum KubernetesPodCondition
{
    /// <summary>Still on its way (scheduling, pulling, creating the container).</summary>
    Waiting,

    /// <summary>The scheduler finds no node for it (yet): an autoscaler or a freed GPU may still help.</summary>
    Unschedulable,

    /// <summary>Its container runs; the server may not answer yet.</summary>
    Running,

    /// <summary>It cannot start (image pull error, bad configuration) or already ended: the start fails.</summary>
    Broken,

    /// <summary>It no longer exists.</summary>
    Gone,
}
