namespace HackathonPlatform.Grading.Scoring;

/// <summary>The outcome of grading one cell.</summary>
public enum CellGradeStatus
{
    /// <summary>A test cell ran without error: full points.</summary>
    Passed,

    /// <summary>A test cell raised an error: zero points.</summary>
    Failed,

    /// <summary>A test cell returned a number: that many points (clamped to [0, max]).</summary>
    PartialCredit,

    /// <summary>A test cell ran past its time limit: zero points.</summary>
    TimedOut,

    /// <summary>A test cell did not run (the kernel crashed or the notebook timed out): zero points.</summary>
    NotRun,

    /// <summary>A free-response answer or task: a tutor decides the points.</summary>
    NeedsManualGrading,

    /// <summary>A free-response answer left as released: zero points, as nbgrader gives.</summary>
    Unanswered,

    /// <summary>The cell was missing from the submission and could not be restored: zero points.</summary>
    Missing,
}
