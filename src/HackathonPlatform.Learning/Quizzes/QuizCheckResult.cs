namespace HackathonPlatform.Learning.Quizzes;

/// <summary>
/// The outcome of <see cref="QuizChecker"/>: either validation errors (nothing was graded; do not store an
/// attempt) or a verdict with the explanation and per-option feedback.
/// </summary>
public sealed class QuizCheckResult
{
    /// <summary>The quiz id as submitted.</summary>
    public required string QuizId { get; init; }

    /// <summary>Why the submission could not be graded; empty when it was graded.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>True when the submission was well-formed and has been graded.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The verdict; false for invalid submissions.</summary>
    public bool IsCorrect { get; init; }

    /// <summary>The author's explanation (sanitised HTML), shown after any graded answer.</summary>
    public string? ExplanationHtml { get; init; }

    /// <summary>Feedback per option in author order; empty for numeric and invalid submissions.</summary>
    public IReadOnlyList<QuizOptionFeedback> Options { get; init; } = [];

    /// <summary>For numeric quizzes: the expected value as text, e.g. "0.25 ± 0.01 GeV".</summary>
    public string? ExpectedAnswerText { get; init; }

    /// <summary>Creates an ungraded result carrying validation errors.</summary>
    public static QuizCheckResult Invalid(string quizId, params IReadOnlyList<string> errors) =>
        new() { QuizId = quizId, Errors = errors };
}
