namespace HackathonPlatform.Learning.Quizzes;

/// <summary>What a reader posted for one quiz.</summary>
/// <param name="QuizId">The value of the form's <c>quiz</c> field (or the route value).</param>
/// <param name="Answers">
/// All values of the form's <c>answer</c> field (e.g. <c>form["answer"].ToArray()</c>): the chosen option ids, or
/// the typed number as one text. Null and blank values are ignored.
/// </param>
public sealed record QuizSubmission(string QuizId, IReadOnlyList<string?> Answers)
{
    /// <summary>Name of the form field holding the quiz id.</summary>
    public const string QuizField = "quiz";

    /// <summary>Name of the form field(s) holding the answer.</summary>
    public const string AnswerField = "answer";
}
