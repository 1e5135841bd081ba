using System.Text.RegularExpressions;
using HackathonPlatform.Learning.Rendering;
using HackathonPlatform.Learning.Yaml;

namespace HackathonPlatform.Learning.Quizzes;

/// <summary>
/// Reads one <c>```quiz</c> block (YAML; the format is documented in courses/README.md). Every problem is
/// reported to the author and the quiz is dropped rather than shown half-right.
/// </summary>
internal static partial class QuizParser
{
    private static readonly HashSet<string> QuizKeys =
        ["id", "type", "question", "options", "answer", "tolerance", "unit", "explanation"];

    private static readonly HashSet<string> OptionKeys = ["id", "text", "correct", "feedback"];

    /// <param name="yaml">The block's content.</param>
    /// <param name="sink">Diagnostics, offset so that YAML line 1 maps to the block's first content line.</param>
    /// <param name="takenIds">Quiz ids already used in this lecture.</param>
    public static Quiz? Parse(string yaml, DiagnosticSink sink, ISet<string> takenIds)
    {
        var errorsBefore = sink.ErrorCount;
        var fields = YamlMappingParser.Parse(yaml, sink, "quiz");
        if (fields is null) return null;
        fields.ReportUnknownKeys(QuizKeys, asError: true);

        var id = fields.String("id", required: true);
        if (id is not null && !IdPattern().IsMatch(id))
            sink.Error(YamlFields.LineOf(fields.Node("id")), $"quiz: id '{id}' must be lowercase letters, digits and dashes.");
        else if (id is not null && !takenIds.Add(id))
            sink.Error(YamlFields.LineOf(fields.Node("id")), $"quiz: id '{id}' is used twice in this lecture.");

        var typeText = fields.String("type", required: true);
        QuizType? type = typeText switch
        {
            "single" => QuizType.SingleChoice,
            "multiple" => QuizType.MultipleChoice,
            "numeric" => QuizType.Numeric,
            _ => null,
        };
        if (typeText is not null && type is null)
            sink.Error(YamlFields.LineOf(fields.Node("type")), $"quiz: type '{typeText}' must be single, multiple or numeric.");

        var question = fields.String("question", required: true);
        var explanation = fields.String("explanation");
        var unit = fields.String("unit");
        var answer = fields.Number("answer");
        var tolerance = fields.Number("tolerance") ?? 0;
        var options = ReadOptions(fields, sink);

        if (type == QuizType.Numeric) CheckNumeric(fields, answer, tolerance, options.Count);
        else if (type is not null) CheckChoice(fields, type.Value, options, answer);

        if (sink.ErrorCount > errorsBefore || id is null || type is null || question is null) return null;
        return new Quiz
        {
            Id = id,
            Type = type.Value,
            QuestionHtml = SafeMarkdown.ToHtml(question),
            Options = options,
            Answer = answer,
            Tolerance = tolerance,
            Unit = unit,
            ExplanationHtml = explanation is null ? null : SafeMarkdown.ToHtml(explanation),
        };
    }

    private static List<QuizOption> ReadOptions(YamlFields fields, DiagnosticSink sink)
    {
        var options = new List<QuizOption>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, index) in fields.MappingList("options", "quiz option").Select((o, i) => (o, i)))
        {
            item.ReportUnknownKeys(OptionKeys, asError: true);
            // Authors may leave ids out: a, b, c... by position keeps posted values short and stable.
            var id = item.String("id") ?? ((char)('a' + Math.Min(index, 25))).ToString();
            if (!ids.Add(id)) sink.Error(item.Line, $"quiz option: id '{id}' is used twice.");
            var text = item.String("text", required: true);
            var feedback = item.String("feedback");
            options.Add(new QuizOption
            {
                Id = id,
                TextHtml = SafeMarkdown.ToInlineHtml(text ?? ""),
                IsCorrect = item.Boolean("correct") ?? false,
                FeedbackHtml = feedback is null ? null : SafeMarkdown.ToHtml(feedback),
            });
        }
        return options;
    }

    private static void CheckNumeric(YamlFields fields, double? answer, double tolerance, int optionCount)
    {
        if (answer is null && fields.Node("answer") is null) fields.Sink.Error(fields.Line, "quiz: a numeric quiz needs 'answer'.");
        if (tolerance < 0) fields.Sink.Error(YamlFields.LineOf(fields.Node("tolerance")), "quiz: 'tolerance' must not be negative.");
        if (optionCount > 0) fields.Sink.Error(YamlFields.LineOf(fields.Node("options")), "quiz: a numeric quiz has no 'options'.");
    }

    private static void CheckChoice(YamlFields fields, QuizType type, List<QuizOption> options, double? answer)
    {
        var line = YamlFields.LineOf(fields.Node("options")) ?? fields.Line;
        if (options.Count < 2) fields.Sink.Error(line, "quiz: a choice quiz needs at least two options.");
        var correct = options.Count(o => o.IsCorrect);
        if (type == QuizType.SingleChoice && correct != 1)
            fields.Sink.Error(line, $"quiz: a single choice quiz needs exactly one option with 'correct: true' (found {correct}).");
        if (type == QuizType.MultipleChoice && correct == 0)
            fields.Sink.Error(line, "quiz: a multiple choice quiz needs at least one option with 'correct: true'.");
        if (answer is not null) fields.Sink.Error(YamlFields.LineOf(fields.Node("answer")), "quiz: 'answer' is for numeric quizzes; mark options with 'correct: true'.");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
