namespace HackathonPlatform.Learning.Rendering;

/// <summary>Hub-specific choices baked into the cached lecture HTML.</summary>
public sealed class LectureRenderOptions
{
    /// <summary>The defaults: quiz forms post to <c>/courses/{course}/{lecture}/quizzes/{quiz}</c>.</summary>
    public static LectureRenderOptions Default { get; } = new();

    /// <summary>
    /// Where quiz forms post. The placeholders <c>{course}</c>, <c>{lecture}</c> and <c>{quiz}</c> are replaced
    /// by the URL-escaped ids.
    /// </summary>
    public string QuizActionTemplate { get; init; } = "/courses/{course}/{lecture}/quizzes/{quiz}";

    /// <summary>Label of the quiz forms' submit button.</summary>
    public string QuizSubmitLabel { get; init; } = "Check answer";

    internal string QuizAction(string courseId, string lectureId, string quizId) => QuizActionTemplate
        .Replace("{course}", Uri.EscapeDataString(courseId), StringComparison.Ordinal)
        .Replace("{lecture}", Uri.EscapeDataString(lectureId), StringComparison.Ordinal)
        .Replace("{quiz}", Uri.EscapeDataString(quizId), StringComparison.Ordinal);
}
