namespace HackathonPlatform.Grading;

/// <summary>What a <see cref="GradingFlag"/> reports. Each is a finding for the tutor, never a crash.</summary>
public enum GradingFlagKind
{
    /// <summary>The submission could not be read as a notebook.</summary>
    NotANotebook,

    /// <summary>A locked or test cell's content differed from the release; it was restored.</summary>
    TamperedCell,

    /// <summary>A tracked cell's nbgrader metadata (points, kind) was changed; it was restored.</summary>
    MetadataChanged,

    /// <summary>A grade cell was missing; it was re-added from the source (answers as the stub).</summary>
    DeletedGradeCell,

    /// <summary>A grade_id appeared more than once; the first was kept, later ones became ordinary cells.</summary>
    DuplicatedGradeCell,

    /// <summary>A grade cell is out of the source's order; it was left where the student put it.</summary>
    MovedGradeCell,

    /// <summary>A grade cell's type (code, Markdown) was changed; it was changed back.</summary>
    RetypedGradeCell,

    /// <summary>A cell claims a grade_id the source does not have; its nbgrader metadata was dropped.</summary>
    UnknownGradeCell,

    /// <summary>The kernelspec or language metadata differed from the source; it was overwritten.</summary>
    KernelspecChanged,

    /// <summary>An output was too large and was truncated.</summary>
    OutputTruncated,

    /// <summary>A cell ran past its time limit.</summary>
    CellTimedOut,

    /// <summary>The kernel died; later cells did not run.</summary>
    KernelCrashed,

    /// <summary>A test cell returned a number outside [0, points]; it was clamped.</summary>
    PartialCreditClamped,

    /// <summary>The submission came after the deadline.</summary>
    LateSubmission,
}
