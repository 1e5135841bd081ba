namespace HackathonPlatform.Core.Entities;

/// <summary>
/// One learner's state for one lecture: when they last opened it (for "resume") and when they finished it.
/// Course and lecture are the ids of the courses folder (strings), not foreign keys: lectures live in files,
/// so a row may outlive a renamed lecture and is then simply ignored.
/// </summary>
public class LectureProgress
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The learner's account id.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The course folder name.</summary>
    public string CourseId { get; set; } = "";

    /// <summary>The lecture id within the course (file name without .md).</summary>
    public string LectureId { get; set; } = "";

    /// <summary>When the learner finished it (marked by hand or by passing all its quizzes); null while not done.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>When the learner last opened the lecture page; null when only marked done through the API.</summary>
    public DateTimeOffset? LastOpenedAt { get; set; }
}
