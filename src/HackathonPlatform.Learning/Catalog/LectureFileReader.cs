using System.Globalization;
using HackathonPlatform.Learning.Rendering;
using HackathonPlatform.Learning.Yaml;

namespace HackathonPlatform.Learning.Catalog;

/// <summary>Loads one lecture file: front matter, then the rendered body. Broken front matter means no lecture.</summary>
internal static class LectureFileReader
{
    private static readonly HashSet<string> Keys =
        ["title", "speaker", "date", "duration", "level", "tags", "video", "slides", "prerequisites", "exercises"];

    public static Lecture? Read(string path, string relativePath, string courseId, string lectureId,
        LectureRenderOptions options, List<AuthorDiagnostic> catalogDiagnostics)
    {
        var lectureDiagnostics = new List<AuthorDiagnostic>();
        var sink = new DiagnosticSink(relativePath, lectureDiagnostics);
        var lecture = Read(File.ReadAllText(path), sink, relativePath, courseId, lectureId, options, lectureDiagnostics);
        catalogDiagnostics.AddRange(lectureDiagnostics);
        return lecture;
    }

    private static Lecture? Read(string text, DiagnosticSink sink, string relativePath, string courseId,
        string lectureId, LectureRenderOptions options, List<AuthorDiagnostic> diagnostics)
    {
        var frontMatter = FrontMatter.Split(text);
        if (frontMatter is null)
        {
            sink.Error(1, "A lecture must start with front matter: a '---' line, YAML (at least 'title: ...'), and a closing '---' line.");
            return null;
        }

        var fields = YamlMappingParser.Parse(frontMatter.Yaml, sink.Offset(FrontMatter.YamlFirstLine - 1), "front matter");
        if (fields is null) return null;
        fields.ReportUnknownKeys(Keys, asError: false);

        var title = fields.String("title", required: true);
        var date = ParseOrReport(fields, "date", s => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null, "a date like 2025-03-14");
        var duration = ParseOrReport(fields, "duration", DurationText.Parse, "minutes or a length like '45 min', '1h 10m' or '1:10:00'");
        var meta = new
        {
            Speaker = fields.String("speaker"),
            Level = fields.String("level"),
            Tags = fields.StringList("tags"),
            Prerequisites = fields.StringList("prerequisites"),
            Exercises = fields.StringList("exercises"),
            Video = fields.String("video"),
            Slides = fields.String("slides"),
        };
        if (fields.Sink.ErrorCount > 0 || title is null) return null;

        var video = meta.Video is null ? null : VideoEmbed.FromUrl(meta.Video);
        if (meta.Video is not null && video is null)
            fields.Sink.Warning(YamlFields.LineOf(fields.Node("video")), $"front matter: video '{meta.Video}' is not an http(s) URL or a site path; no video is shown.");
        var slides = meta.Slides is not null && VideoEmbed.FromUrl(meta.Slides) is null ? null : meta.Slides;
        if (meta.Slides is not null && slides is null)
            fields.Sink.Warning(YamlFields.LineOf(fields.Node("slides")), $"front matter: slides '{meta.Slides}' is not an http(s) URL or a site path; left out.");

        var rendered = LectureRenderer.Render(frontMatter.Body, courseId, lectureId, options, sink);
        var html = video is null ? rendered.Html : VideoHtml.Render(video, title) + rendered.Html;
        return new Lecture
        {
            CourseId = courseId,
            Id = lectureId,
            Title = title,
            Speaker = meta.Speaker,
            Date = date,
            Duration = duration,
            Level = meta.Level,
            Tags = meta.Tags,
            Prerequisites = meta.Prerequisites,
            Exercises = meta.Exercises,
            Video = video,
            SlidesUrl = slides,
            Html = html,
            HasTranscript = rendered.HasTranscript,
            Quizzes = rendered.Quizzes,
            PlainText = rendered.PlainText,
            WordCount = rendered.PlainText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length,
            SourcePath = relativePath,
            Diagnostics = diagnostics,
        };
    }

    private static T? ParseOrReport<T>(YamlFields fields, string key, Func<string, T?> parse, string expected)
        where T : struct
    {
        var text = fields.String(key);
        if (text is null) return null;
        var value = parse(text);
        if (value is null) fields.Sink.Error(YamlFields.LineOf(fields.Node(key)), $"front matter: '{key}' must be {expected}, got '{text}'.");
        return value;
    }
}
