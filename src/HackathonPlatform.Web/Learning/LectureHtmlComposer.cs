using System.Net;
using HackathonPlatform.Learning.Catalog;
using HackathonPlatform.Learning.Rendering;

namespace HackathonPlatform.Web.Learning;

/// <summary>
/// Fills the per-request parts into a lecture's cached HTML: the antiforgery token of the quiz forms and, after
/// a submission, the result inside that quiz's form with the reader's choices kept.
/// </summary>
internal static class LectureHtmlComposer
{
    private const string FeedbackSlot = "<div class=\"quiz-feedback\" aria-live=\"polite\"></div>";

    /// <param name="lecture">The lecture.</param>
    /// <param name="antiforgeryInput">The hidden token input, or null for anonymous readers (their posts go to the sign-in page first).</param>
    /// <param name="answer">The submission to show the result of, if any.</param>
    public static string Compose(Lecture lecture, string? antiforgeryInput, QuizAnswer? answer)
    {
        var html = lecture.Html.Replace(LectureHtml.AntiforgerySlot, antiforgeryInput ?? "", StringComparison.Ordinal);
        if (answer is null)
        {
            return html;
        }

        var formStart = html.IndexOf($"id=\"quiz-{WebUtility.HtmlEncode(answer.Result.QuizId)}\"", StringComparison.Ordinal);
        var formEnd = formStart < 0 ? -1 : html.IndexOf("</form>", formStart, StringComparison.Ordinal);
        if (formEnd < 0)
        {
            return html; // unknown quiz: the page shows the errors above the lecture instead
        }

        var form = html[formStart..formEnd];
        foreach (var value in answer.Answers)
        {
            var encoded = WebUtility.HtmlEncode(value);
            form = form.Replace($"value=\"{encoded}\">", $"value=\"{encoded}\" checked>", StringComparison.Ordinal);
        }

        if (form.Contains("inputmode=\"decimal\"", StringComparison.Ordinal) && answer.Answers.Count == 1)
        {
            form = form.Replace("inputmode=\"decimal\"", $"inputmode=\"decimal\" value=\"{WebUtility.HtmlEncode(answer.Answers[0])}\"", StringComparison.Ordinal);
        }

        form = form.Replace(FeedbackSlot, FeedbackSlot.Replace("></div>", ">" + QuizFeedbackHtml.Render(answer.Result, answer.LectureDone) + "</div>", StringComparison.Ordinal), StringComparison.Ordinal);
        return string.Concat(html.AsSpan(0, formStart), form, html.AsSpan(formEnd));
    }

    /// <summary>Whether the submitted quiz has a form in the lecture (false for unknown ids, whose errors go above the lecture).</summary>
    public static bool HasForm(Lecture lecture, string quizId) =>
        lecture.Html.Contains($"id=\"quiz-{WebUtility.HtmlEncode(quizId)}\"", StringComparison.Ordinal);
}
