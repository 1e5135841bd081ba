using System.Net;
using System.Text;
using HackathonPlatform.Learning.Quizzes;

namespace HackathonPlatform.Web.Learning;

/// <summary>
/// The result box shown inside a quiz form after answering. Option texts, feedback and explanations are the
/// library's sanitised HTML; everything the reader typed is encoded here.
/// </summary>
internal static class QuizFeedbackHtml
{
    public static string Render(QuizCheckResult result, bool lectureDone)
    {
        var html = new StringBuilder();
        if (!result.IsValid)
        {
            html.Append("<div class=\"quiz-result quiz-invalid\" role=\"alert\"><ul>");
            foreach (var error in result.Errors)
            {
                html.Append("<li>").Append(WebUtility.HtmlEncode(error)).Append("</li>");
            }

            return html.Append("</ul></div>").ToString();
        }

        html.Append(result.IsCorrect
            ? "<div class=\"quiz-result quiz-correct\" role=\"status\"><p class=\"quiz-verdict\">Correct!</p>"
            : "<div class=\"quiz-result quiz-wrong\" role=\"status\"><p class=\"quiz-verdict\">Not quite. Read the explanation and try again.</p>");
        var chosen = result.Options.Where(o => o.WasSelected && o.FeedbackHtml is not null).ToList();
        if (chosen.Count > 0)
        {
            html.Append("<ul class=\"quiz-option-feedback\">");
            foreach (var option in chosen)
            {
                html.Append("<li class=\"").Append(option.IsCorrect ? "right" : "wrong").Append("\"><span class=\"option\">")
                    .Append(option.TextHtml).Append("</span>: ").Append(option.FeedbackHtml).Append("</li>");
            }

            html.Append("</ul>");
        }

        if (result.IsCorrect && result.ExpectedAnswerText is { } expected)
        {
            html.Append("<p class=\"quiz-expected\">Accepted answer: ").Append(WebUtility.HtmlEncode(expected)).Append("</p>");
        }

        if (result.ExplanationHtml is { } explanation)
        {
            html.Append("<div class=\"quiz-explanation\"><strong>Explanation.</strong> ").Append(explanation).Append("</div>");
        }

        if (lectureDone)
        {
            html.Append("<p class=\"quiz-lecture-done\">All quizzes of this lecture passed: it is marked as done.</p>");
        }

        return html.Append("</div>").ToString();
    }
}
