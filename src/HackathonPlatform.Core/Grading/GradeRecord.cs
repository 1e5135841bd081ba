namespace HackathonPlatform.Core.Grading;

/// <summary>What a grading run produced, handed to <see cref="GradingJobStore.CompleteAsync"/>.</summary>
public sealed record GradeRecord
{
    /// <summary>Points from the tests.</summary>
    public double AutoScore { get; init; }

    /// <summary>Points the exercise is worth.</summary>
    public double MaxScore { get; init; }

    /// <summary>Per-cell results (no hidden test code in them).</summary>
    public IReadOnlyList<CellResult> Cells { get; init; } = [];

    /// <summary>Flag names, e.g. TamperedCell.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>The executed, sanitised notebook (tutors only), or null.</summary>
    public string? GradedNotebook { get; init; }

    /// <summary>The participant's feedback page.</summary>
    public string FeedbackHtml { get; init; } = "";

    /// <summary>Why nothing could be graded, or null.</summary>
    public string? Error { get; init; }

    /// <summary>Whether the submission is late against the deadline in force now (a changed deadline changes it).</summary>
    public bool IsLate { get; init; }

    /// <summary>The late penalty for a total of points (automatic plus manual): the exercise's policy for this lateness.</summary>
    public Func<double, double> LatePenalty { get; init; } = _ => 0;
}
