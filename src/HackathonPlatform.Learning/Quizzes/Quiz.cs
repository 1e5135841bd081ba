namespace HackathonPlatform.Learning.Quizzes;

/// <summary>
/// A quiz question parsed from a <c>```quiz</c> block of a lecture. It holds the answers, so it lives on the
/// server only: the lecture HTML carries just the question and the option texts.
/// </summary>
public sealed class Quiz
{
    /// <summary>Id unique within its lecture; attempts are stored under (course, lecture, quiz id).</summary>
    public required string Id { get; init; }

    /// <summary>How the question is answered.</summary>
    public required QuizType Type { get; init; }

    /// <summary>The question rendered from Markdown (math included) and sanitised.</summary>
    public required string QuestionHtml { get; init; }

    /// <summary>The options in author order; empty for numeric quizzes.</summary>
    public IReadOnlyList<QuizOption> Options { get; init; } = [];

    /// <summary>The expected number for numeric quizzes.</summary>
    public double? Answer { get; init; }

    /// <summary>Largest accepted absolute difference from <see cref="Answer"/>; zero means exact.</summary>
    public double Tolerance { get; init; }

    /// <summary>Optional unit shown beside the numeric input (e.g. "GeV"); answers are typed in this unit.</summary>
    public string? Unit { get; init; }

    /// <summary>Optional sanitised HTML shown after any answer, right or wrong.</summary>
    public string? ExplanationHtml { get; init; }

    /// <summary>Looks up an option by its id (ordinal comparison).</summary>
    public QuizOption? FindOption(string id) => Options.FirstOrDefault(o => o.Id == id);
}
