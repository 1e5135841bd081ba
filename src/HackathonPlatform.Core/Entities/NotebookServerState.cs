namespace HackathonPlatform.Core.Entities;

/// <summary>The life cycle of a notebook server as the hub shows it.</summary>
public enum NotebookServerState
{
    /// <summary>Not running; can be started.</summary>
    Stopped = 0,

    /// <summary>Start requested; waiting for resources.</summary>
    Pending = 1,

    /// <summary>The process or job runs; waiting for the server to answer.</summary>
    Starting = 2,

    /// <summary>Answering; the proxy forwards to it.</summary>
    Ready = 3,

    /// <summary>The last start failed (see the message); can be started again.</summary>
    Failed = 4,
}
