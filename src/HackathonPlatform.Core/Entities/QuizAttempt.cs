namespace HackathonPlatform.Core.Entities;

/// <summary>One graded answer to a lecture quiz. Only well-formed submissions are stored; attempts are never edited.</summary>
public class QuizAttempt
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The learner's account id.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The course folder name.</summary>
    public string CourseId { get; set; } = "";

    /// <summary>The lecture id within the course.</summary>
    public string LectureId { get; set; } = "";

    /// <summary>The quiz id within the lecture.</summary>
    public string QuizId { get; set; } = "";

    /// <summary>The answer as submitted: chosen option ids separated by newlines, or the typed number.</summary>
    public string Answers { get; set; } = "";

    /// <summary>The server's verdict.</summary>
    public bool IsCorrect { get; set; }

    /// <summary>When it was answered (UTC).</summary>
    public DateTimeOffset AttemptedAt { get; set; }
}
