namespace HackathonPlatform.Learning.Quizzes;

/// <summary>How one option fared in a checked submission; shown only after answering.</summary>
/// <param name="OptionId">The option's id.</param>
/// <param name="TextHtml">The option's text (sanitised HTML), so a result page needs no other lookup.</param>
/// <param name="WasSelected">Whether the reader chose it.</param>
/// <param name="IsCorrect">Whether it belongs to the correct answer.</param>
/// <param name="FeedbackHtml">The author's feedback for this option, if any.</param>
public sealed record QuizOptionFeedback(
    string OptionId, string TextHtml, bool WasSelected, bool IsCorrect, string? FeedbackHtml)
{
    /// <summary>True when the reader's choice for this option was right (chosen and correct, or left out and wrong).</summary>
    public bool IsRightChoice => WasSelected == IsCorrect;
}
