namespace HackathonPlatform.Core.Entities;

/// <summary>
/// One submitted notebook, stored byte for byte as uploaded with its SHA-256. Never edited: a
/// resubmission is a new row with the next <see cref="Attempt"/>.
/// </summary>
public class Submission
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The exercise folder's id.</summary>
    public string ExerciseId { get; set; } = "";

    /// <summary>The hackathon it was submitted in, or null for a self-learner's course exercise.</summary>
    public int? HackathonId { get; set; }

    /// <summary>The submitting group for group exercises, else null.</summary>
    public int? GroupId { get; set; }

    /// <summary>The owner for individual exercises, else null.</summary>
    public string? UserId { get; set; }

    /// <summary>
    /// Whose attempts these are: <c>group-{id}</c> or <c>user-{id}</c> (the workspace folder's name).
    /// Attempt numbers count per exercise and owner.
    /// </summary>
    public string OwnerKey { get; set; } = "";

    /// <summary>The account that pressed Submit.</summary>
    public string SubmitterId { get; set; } = "";

    /// <summary>The account that pressed Submit.</summary>
    public PlatformUser? Submitter { get; set; }

    /// <summary>When the hub stored it (UTC); lateness is measured from this.</summary>
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The uploaded file's bytes, exactly as received.</summary>
    public byte[] Notebook { get; set; } = [];

    /// <summary>Lower-case hex SHA-256 of <see cref="Notebook"/>.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>1 for the owner's first submission of the exercise, then 2, 3 ...</summary>
    public int Attempt { get; set; }

    /// <summary>It arrived after the deadline in force at submission time.</summary>
    public bool IsLate { get; set; }

    /// <summary>The grading job (one per submission).</summary>
    public GradingJob? Job { get; set; }

    /// <summary>The grade, once graded.</summary>
    public GradeResult? Result { get; set; }

    /// <summary>Tutors' points and comments on free-response cells.</summary>
    public List<ManualGrade> ManualGrades { get; set; } = [];
}
