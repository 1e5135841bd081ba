using HackathonPlatform.Learning.Quizzes;
using HackathonPlatform.Learning.Yaml;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace HackathonPlatform.Learning.Rendering;

/// <summary>Turns a lecture's Markdown body into cached, sanitised HTML plus its quizzes.</summary>
internal static class LectureRenderer
{
    public static RenderedLecture Render(
        string body, string courseId, string lectureId, LectureRenderOptions options, DiagnosticSink sink)
    {
        var document = Markdown.Parse(body, MarkdownPipelines.Lecture);
        var quizzes = ReplaceQuizBlocks(document, courseId, lectureId, options, sink);
        var hasTranscript = TranscriptSection.Wrap(document);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelines.Lecture.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        var html = LectureSanitizer.Sanitize(writer.ToString());
        // Added after sanitising (which drops comments); "</form>" can only be our own tag here because
        // any author text saying so has been escaped to "&lt;/form&gt;".
        html = html.Replace("</form>", LectureHtml.AntiforgerySlot + "</form>", StringComparison.Ordinal);
        return new RenderedLecture(html, quizzes, HtmlText.Extract(html), hasTranscript);
    }

    private static List<Quiz> ReplaceQuizBlocks(
        MarkdownDocument document, string courseId, string lectureId, LectureRenderOptions options, DiagnosticSink sink)
    {
        var quizzes = new List<Quiz>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var blocks = document.Descendants<FencedCodeBlock>()
            .Where(b => string.Equals(b.Info, "quiz", StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var block in blocks)
        {
            // block.Line is 0-based and points at the opening fence: YAML line 1 is file line block.Line + 2.
            var quiz = QuizParser.Parse(block.Lines.ToString(), sink.Offset(block.Line + 1), ids);
            var html = quiz is null
                ? QuizFormHtml.Unavailable
                : QuizFormHtml.Render(quiz, options.QuizAction(courseId, lectureId, quiz.Id), options.QuizSubmitLabel);
            if (quiz is not null) quizzes.Add(quiz);

            var parent = block.Parent!;
            var index = parent.IndexOf(block);
            parent.RemoveAt(index);
            parent.Insert(index, new GeneratedHtmlBlock(html));
        }
        return quizzes;
    }
}
