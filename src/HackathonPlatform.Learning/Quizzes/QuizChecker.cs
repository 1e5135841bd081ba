using System.Globalization;
using HackathonPlatform.Learning.Catalog;

namespace HackathonPlatform.Learning.Quizzes;

/// <summary>
/// Grades quiz submissions on the server. Pure and thread-safe: the hub stores the attempt (when
/// <see cref="QuizCheckResult.IsValid"/>) and decides what passing means for progress.
/// </summary>
public static class QuizChecker
{
    /// <summary>Finds the quiz in the lecture and grades the submission; an unknown quiz id is a validation error.</summary>
    public static QuizCheckResult Check(Lecture lecture, QuizSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(lecture);
        ArgumentNullException.ThrowIfNull(submission);
        var quiz = lecture.FindQuiz(submission.QuizId);
        return quiz is null
            ? QuizCheckResult.Invalid(submission.QuizId, $"Unknown quiz '{submission.QuizId}' in lecture '{lecture.Id}'.")
            : Check(quiz, submission);
    }

    /// <summary>Grades a submission against a quiz whose id it must carry.</summary>
    public static QuizCheckResult Check(Quiz quiz, QuizSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.QuizId != quiz.Id)
            return QuizCheckResult.Invalid(submission.QuizId, $"Unknown quiz '{submission.QuizId}'.");

        var answers = (submission.Answers ?? []).Select(a => a?.Trim() ?? "").Where(a => a.Length > 0).ToList();
        return quiz.Type == QuizType.Numeric ? CheckNumeric(quiz, answers) : CheckChoice(quiz, answers);
    }

    private static QuizCheckResult CheckChoice(Quiz quiz, List<string> answers)
    {
        if (answers.Count == 0)
            return QuizCheckResult.Invalid(quiz.Id, quiz.Type == QuizType.SingleChoice ? "Choose an option." : "Choose at least one option.");

        var unknown = answers.Where(a => quiz.FindOption(a) is null).Distinct().ToList();
        if (unknown.Count > 0)
            return QuizCheckResult.Invalid(quiz.Id, $"Unknown option(s): {string.Join(", ", unknown)}.");

        var chosen = answers.ToHashSet(StringComparer.Ordinal);
        if (quiz.Type == QuizType.SingleChoice && chosen.Count > 1)
            return QuizCheckResult.Invalid(quiz.Id, "Choose exactly one option.");

        var feedback = quiz.Options
            .Select(o => new QuizOptionFeedback(o.Id, o.TextHtml, chosen.Contains(o.Id), o.IsCorrect, o.FeedbackHtml))
            .ToList();
        return new QuizCheckResult
        {
            QuizId = quiz.Id,
            IsCorrect = feedback.TrueForAll(f => f.IsRightChoice),
            ExplanationHtml = quiz.ExplanationHtml,
            Options = feedback,
        };
    }

    private static QuizCheckResult CheckNumeric(Quiz quiz, List<string> answers)
    {
        if (answers.Count == 0) return QuizCheckResult.Invalid(quiz.Id, "Enter a number.");
        if (answers.Count > 1) return QuizCheckResult.Invalid(quiz.Id, "Enter a single number.");
        if (!TryParseNumber(answers[0], out var value))
            return QuizCheckResult.Invalid(quiz.Id, $"'{answers[0]}' is not a number (use a point as decimal separator, e.g. 0.25 or 2.5e-3).");

        var expected = quiz.Answer ?? double.NaN;
        var unit = quiz.Unit is null ? "" : " " + quiz.Unit;
        var tolerance = quiz.Tolerance > 0 ? $" ± {quiz.Tolerance.ToString("G6", CultureInfo.InvariantCulture)}" : "";
        return new QuizCheckResult
        {
            QuizId = quiz.Id,
            // A relative epsilon on top of the author's tolerance so that 0.1 + 0.2 style rounding never fails "exact" answers.
            IsCorrect = Math.Abs(value - expected) <= quiz.Tolerance + 1e-12 * Math.Max(1, Math.Abs(expected)),
            ExplanationHtml = quiz.ExplanationHtml,
            ExpectedAnswerText = expected.ToString("G6", CultureInfo.InvariantCulture) + tolerance + unit,
        };
    }

    private static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
