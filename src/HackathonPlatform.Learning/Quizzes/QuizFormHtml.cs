using System.Net;
using System.Text;
using HackathonPlatform.Learning.Rendering;

namespace HackathonPlatform.Learning.Quizzes;

/// <summary>
/// Writes a quiz as a plain HTML form that works without script. It carries the question and option texts
/// only: correctness, feedback and explanations stay on the server.
/// </summary>
internal static class QuizFormHtml
{
    public const string Unavailable =
        "<div class=\"quiz quiz-unavailable\"><p>This quiz is not available at the moment.</p></div>";

    public static string Render(Quiz quiz, string action, string submitLabel)
    {
        var id = WebUtility.HtmlEncode(quiz.Id);
        var type = quiz.Type switch
        {
            QuizType.SingleChoice => "single",
            QuizType.MultipleChoice => "multiple",
            _ => "numeric",
        };
        var html = new StringBuilder();
        html.Append($"<form class=\"quiz quiz-{type}\" id=\"quiz-{id}\" method=\"post\" action=\"{WebUtility.HtmlEncode(action)}\" ")
            .Append($"data-quiz-id=\"{id}\" data-quiz-type=\"{type}\"><fieldset>")
            .Append($"<legend class=\"quiz-label\">Quiz</legend><div class=\"quiz-question\" id=\"quiz-{id}-question\">{quiz.QuestionHtml}</div>")
            .Append($"<input type=\"hidden\" name=\"{QuizSubmission.QuizField}\" value=\"{id}\">");

        if (quiz.Type == QuizType.Numeric)
        {
            html.Append($"<label class=\"quiz-numeric\">Your answer <input type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" name=\"{QuizSubmission.AnswerField}\">");
            if (quiz.Unit is not null) html.Append($" <span class=\"quiz-unit\">{WebUtility.HtmlEncode(quiz.Unit)}</span>");
            html.Append("</label>");
        }
        else
        {
            var input = quiz.Type == QuizType.SingleChoice ? "radio" : "checkbox";
            html.Append("<div class=\"quiz-options\">");
            foreach (var option in quiz.Options)
            {
                html.Append($"<label class=\"quiz-option\"><input type=\"{input}\" name=\"{QuizSubmission.AnswerField}\" ")
                    .Append($"value=\"{WebUtility.HtmlEncode(option.Id)}\"> <span>{option.TextHtml}</span></label>");
            }
            html.Append("</div>");
        }

        html.Append($"<button type=\"submit\" class=\"quiz-submit\">{WebUtility.HtmlEncode(submitLabel)}</button>")
            .Append("<div class=\"quiz-feedback\" aria-live=\"polite\"></div></fieldset></form>");
        return html.ToString();
    }
}
