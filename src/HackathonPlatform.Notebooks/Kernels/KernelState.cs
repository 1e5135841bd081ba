namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>Where a <see cref="KernelProcess"/> is in its life.</summary>
public enum KernelState
{
    /// <summary>The process is starting (or restarting) and has not reported ready yet.</summary>
    Starting,

    /// <summary>Ready, no cell running.</summary>
    Idle,

    /// <summary>A cell is running.</summary>
    Busy,

    /// <summary>The process died and could not be restarted; <see cref="KernelProcess.RestartAsync"/> may try again.</summary>
    Dead,

    /// <summary>Disposed; no further use.</summary>
    Disposed,
}
