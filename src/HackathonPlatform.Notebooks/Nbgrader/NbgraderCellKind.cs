namespace HackathonPlatform.Notebooks.Nbgrader;

/// <summary>The kinds of cell nbgrader's "Create Assignment" toolbar offers.</summary>
public enum NbgraderCellKind
{
    /// <summary>An ordinary cell, not managed by nbgrader.</summary>
    None,

    /// <summary>Solution only: the student writes code here; tests elsewhere grade it.</summary>
    AutogradedAnswer,

    /// <summary>Grade only (code): tests worth points; locked in the student's copy.</summary>
    AutograderTests,

    /// <summary>Solution and grade: a free-response answer a tutor grades by hand.</summary>
    ManuallyGradedAnswer,

    /// <summary>Task: a Markdown description of work graded by hand, with points; locked.</summary>
    ManuallyGradedTask,

    /// <summary>Locked only: instructions the student may not change.</summary>
    ReadOnly,
}
