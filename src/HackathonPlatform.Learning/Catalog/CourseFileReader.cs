using System.Globalization;
using HackathonPlatform.Learning.Yaml;
using YamlDotNet.RepresentationModel;

namespace HackathonPlatform.Learning.Catalog;

/// <summary>Reads <c>course.yml</c>: the course's metadata and its ordered lecture ids.</summary>
internal static class CourseFileReader
{
    private static readonly HashSet<string> Keys = ["title", "summary", "level", "tags", "order", "lectures"];

    /// <summary>The course without lectures, plus each listed lecture id with its line in course.yml.</summary>
    public sealed record Definition(Course Course, IReadOnlyList<(string Id, int? Line)> LectureIds);

    public static Definition? Read(string path, string courseId, DiagnosticSink sink)
    {
        var fields = YamlMappingParser.Parse(File.ReadAllText(path), sink, "course.yml");
        if (fields is null) return null;
        fields.ReportUnknownKeys(Keys, asError: false);

        var title = fields.String("title", required: true);
        var order = fields.Number("order");
        var course = new Course
        {
            Id = courseId,
            Title = title ?? courseId,
            Summary = fields.String("summary") ?? "",
            Level = fields.String("level"),
            Tags = fields.StringList("tags"),
            Order = order is null ? int.MaxValue : (int)order.Value,
        };

        var lectures = new List<(string, int?)>();
        if (fields.Node("lectures") is YamlSequenceNode list)
        {
            foreach (var item in list.Children)
            {
                if (item is YamlScalarNode { Value: { } id } && !string.IsNullOrWhiteSpace(id)) lectures.Add((id.Trim(), YamlFields.LineOf(item)));
                else sink.Error(YamlFields.LineOf(item), "course.yml: every item of 'lectures' must be a lecture id (the file name without .md).");
            }
        }
        else
        {
            sink.Error(fields.Line, "course.yml: 'lectures' must list the lecture ids in order, e.g. 'lectures: [intro, basics]'.");
        }

        if (order is not null && order != Math.Floor(order.Value))
            sink.Error(YamlFields.LineOf(fields.Node("order")), $"course.yml: 'order' must be a whole number, got {order.Value.ToString(CultureInfo.InvariantCulture)}.");
        return sink.ErrorCount > 0 ? null : new Definition(course, lectures);
    }
}
