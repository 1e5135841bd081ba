using HackathonPlatform.Learning.Catalog;
using HackathonPlatform.Learning.Quizzes;
using HackathonPlatform.Learning.Rendering;
using HackathonPlatform.Learning.Tests.Support;

namespace HackathonPlatform.Learning.Tests;

public class QuizRenderingTests
{
    internal const string TwoQuizzes = """
        Some text.

        ```quiz
        id: learning-rate
        type: single
        question: What happens when the learning rate $\eta$ is far too large?
        options:
          - id: diverge
            text: The loss oscillates or diverges.
            correct: true
            feedback: SECRET-FEEDBACK-RIGHT
          - id: slow
            text: Training becomes very slow.
            feedback: SECRET-FEEDBACK-WRONG
        explanation: SECRET-EXPLANATION Large steps overshoot the minimum.
        ```

        ```quiz
        id: mass
        type: numeric
        question: Mass of the Z boson?
        answer: 91.1876
        tolerance: 0.05
        unit: GeV
        explanation: Measured at LEP.
        ```
        """;

    [Fact]
    public void Quizzes_render_as_forms_posting_to_the_quiz_route()
    {
        var lecture = TempCourses.LectureWithBody(TwoQuizzes);

        Assert.Equal(["learning-rate", "mass"], lecture.Quizzes.Select(q => q.Id));
        Assert.Contains("action=\"/courses/c/l/quizzes/learning-rate\"", lecture.Html);
        Assert.Contains("<input type=\"radio\" name=\"answer\" value=\"diverge\">", lecture.Html);
        Assert.Contains("<input type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" name=\"answer\">", lecture.Html);
        Assert.Contains("<span class=\"math\">\\(\\eta\\)</span>", lecture.Html);
        Assert.Equal(2, CountOf(lecture.Html, LectureHtml.AntiforgerySlot + "</form>"));
    }

    [Fact]
    public void Rendered_html_leaks_no_answers_feedback_or_explanations()
    {
        var lecture = TempCourses.LectureWithBody(TwoQuizzes);

        Assert.DoesNotContain("SECRET", lecture.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("correct", lecture.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("91.18", lecture.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("0.05", lecture.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("LEP", lecture.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", lecture.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id: q\ntype: single\nquestion: Q\noptions: [{text: a}, {text: b}]", 4, "exactly one option")]
    [InlineData("id: q\ntype: single\nquestion: Q\noptions:\n  - text: a\n    correct: true\n  - text: b\n    corect: true", 8, "unknown key 'corect'")]
    [InlineData("id: q\ntype: essay\nquestion: Q", 2, "single, multiple or numeric")]
    [InlineData("id: q\ntype: numeric\nquestion: Q", 1, "needs 'answer'")]
    [InlineData("id: q\ntype: numeric\nquestion: Q\nanswer: lots", 4, "must be a number")]
    [InlineData("type: multiple\nquestion: Q\noptions: [{text: a, correct: true}, {text: b}]", 1, "'id' is required")]
    [InlineData("id: q\ntype: [single\nquestion: Q", null, "not valid YAML")]
    public void Malformed_quiz_blocks_are_reported_to_the_author_and_shown_as_unavailable(string yaml, int? line, string message)
    {
        // Front matter is lines 1-3, "Intro." line 4, the fence line 5: YAML line n is file line n + 5.
        var lecture = TempCourses.LectureWithBody($"Intro.\n```quiz\n{yaml}\n```\n");

        Assert.Empty(lecture.Quizzes);
        Assert.Contains("quiz-unavailable", lecture.Html, StringComparison.Ordinal);
        var diagnostic = Assert.Single(lecture.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("c/l.md", diagnostic.File);
        if (line is not null) Assert.Equal(line + 5, diagnostic.Line);
    }

    [Fact]
    public void A_duplicate_quiz_id_is_reported_and_only_the_first_is_kept()
    {
        const string quiz = "```quiz\nid: q\ntype: numeric\nquestion: Q\nanswer: 1\n```\n\n";
        var lecture = TempCourses.LectureWithBody(quiz + quiz);

        Assert.Single(lecture.Quizzes);
        Assert.Contains(lecture.Diagnostics, d => d.Message.Contains("used twice", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_quiz_does_not_keep_the_lecture_out_of_the_catalogue()
    {
        var catalog = TempCourses.WithLectureBody("```quiz\nnot: [valid\n```\n");

        Assert.NotNull(catalog.FindLecture("c", "l"));
        Assert.Contains(catalog.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Option_ids_default_to_letters_in_author_order()
    {
        var lecture = TempCourses.LectureWithBody("```quiz\nid: q\ntype: multiple\nquestion: Q\noptions: [{text: x, correct: true}, {text: y}, {text: z, correct: true}]\n```\n");

        Assert.Equal(["a", "b", "c"], lecture.Quizzes[0].Options.Select(o => o.Id));
        Assert.Equal(QuizType.MultipleChoice, lecture.Quizzes[0].Type);
        Assert.Contains("type=\"checkbox\"", lecture.Html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
