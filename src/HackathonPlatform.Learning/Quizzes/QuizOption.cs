namespace HackathonPlatform.Learning.Quizzes;

/// <summary>One choice of a single or multiple choice quiz. Server-side only: it knows whether it is correct.</summary>
public sealed class QuizOption
{
    /// <summary>Stable id, the value the form posts (given by the author, or a, b, c... by position).</summary>
    public required string Id { get; init; }

    /// <summary>The option text rendered from Markdown and sanitised (inline HTML, no wrapping paragraph).</summary>
    public required string TextHtml { get; init; }

    /// <summary>Whether choosing this option is part of the correct answer.</summary>
    public required bool IsCorrect { get; init; }

    /// <summary>Optional sanitised HTML shown after answering, e.g. why this option is wrong.</summary>
    public string? FeedbackHtml { get; init; }
}
