namespace HackathonPlatform.Spawning;

/// <summary>Where a start is.</summary>
public enum SpawnPhase
{
    /// <summary>Accepted; nothing started yet.</summary>
    Pending,

    /// <summary>The server process (or job, or pod) exists and is not answering yet.</summary>
    Starting,

    /// <summary>The server answers; the last event of a successful start.</summary>
    Ready,

    /// <summary>The start failed; the last event of a failed start. Nothing is left running.</summary>
    Failed,
}
