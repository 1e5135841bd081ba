namespace HackathonPlatform.Core.Entities;

/// <summary>
/// The grade of one submission (at most one row per submission: a regrade overwrites it). Scores
/// are in points; <see cref="FinalScore"/> also counts the tutors' manual points.
/// </summary>
public class GradeResult
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The graded submission.</summary>
    public int SubmissionId { get; set; }

    /// <summary>The graded submission.</summary>
    public Submission? Submission { get; set; }

    /// <summary>Points from the autograder's tests.</summary>
    public double AutoScore { get; set; }

    /// <summary>Points the exercise is worth.</summary>
    public double MaxScore { get; set; }

    /// <summary>Points subtracted for lateness, over automatic and manual points.</summary>
    public double LatePenalty { get; set; }

    /// <summary>Automatic plus manual points less the penalty, never negative.</summary>
    public double FinalScore { get; set; }

    /// <summary>Some free-response cell still waits for a tutor.</summary>
    public bool NeedsManualGrading { get; set; }

    /// <summary>Findings for the tutor as flag names separated by commas (e.g. "TamperedCell,LateSubmission").</summary>
    public string Flags { get; set; } = "";

    /// <summary>Per-cell results as JSON (grade id, status, points; no hidden test code).</summary>
    public string CellsJson { get; set; } = "[]";

    /// <summary>The executed, sanitised notebook: holds hidden tests, for tutors only.</summary>
    public string? GradedNotebook { get; set; }

    /// <summary>The feedback page (hidden tests reduced to pass/fail), shown once released.</summary>
    public string FeedbackHtml { get; set; } = "";

    /// <summary>Why nothing could be graded (not a notebook), or null.</summary>
    public string? Error { get; set; }

    /// <summary>When the autograder finished.</summary>
    public DateTimeOffset GradedAt { get; set; }

    /// <summary>When a tutor released the grade to the participants, or null.</summary>
    public DateTimeOffset? ReleasedAt { get; set; }
}
