namespace HackathonPlatform.Core.Entities;

/// <summary>A tutor's points and comment on one free-response cell of one submission (one row per cell).</summary>
public class ManualGrade
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The submission.</summary>
    public int SubmissionId { get; set; }

    /// <summary>The cell's nbgrader grade_id.</summary>
    public string GradeId { get; set; } = "";

    /// <summary>Points given, or null for a comment only.</summary>
    public double? Points { get; set; }

    /// <summary>Feedback for the participant (plain text).</summary>
    public string Comment { get; set; } = "";

    /// <summary>The tutor.</summary>
    public string TutorId { get; set; } = "";

    /// <summary>The tutor.</summary>
    public PlatformUser? Tutor { get; set; }

    /// <summary>When it was last changed (UTC).</summary>
    public DateTimeOffset GradedAt { get; set; }
}
