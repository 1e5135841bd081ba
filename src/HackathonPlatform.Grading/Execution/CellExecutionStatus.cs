namespace HackathonPlatform.Grading.Execution;

/// <summary>How the execution of one cell ended.</summary>
public enum CellExecutionStatus
{
    /// <summary>Not a code cell, or never reached (e.g. the notebook timed out first).</summary>
    NotRun,

    /// <summary>Ran to completion without an error.</summary>
    Succeeded,

    /// <summary>Ran and raised an error (recorded as an error output).</summary>
    Failed,

    /// <summary>Stopped at the cell time limit; the kernel was interrupted or restarted.</summary>
    TimedOut,

    /// <summary>The kernel process died while running the cell.</summary>
    KernelCrashed,
}
