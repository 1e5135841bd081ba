using System.Diagnostics;
using System.Text.RegularExpressions;
using HackathonPlatform.Learning.Rendering;
using HackathonPlatform.Learning.Yaml;

namespace HackathonPlatform.Learning.Catalog;

/// <summary>
/// Builds a <see cref="CourseCatalog"/> from a folder. Nothing an author writes makes it throw: every
/// problem becomes a diagnostic and only the broken item is left out.
/// </summary>
internal static partial class CourseCatalogLoader
{
    public const string CourseFile = "course.yml";

    public static CourseCatalog Load(string root, LectureRenderOptions options)
    {
        var started = Stopwatch.GetTimestamp();
        var diagnostics = new List<AuthorDiagnostic>();
        var courses = new List<Course>();
        root = Path.GetFullPath(root);
        if (!Directory.Exists(root))
        {
            diagnostics.Add(new AuthorDiagnostic(DiagnosticSeverity.Error, root, null, "The courses folder does not exist."));
            return new CourseCatalog(root, courses, diagnostics, Stopwatch.GetElapsedTime(started));
        }

        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            if (name.StartsWith('.') || name.StartsWith('_')) continue;
            if (LoadCourse(root, folder, name, options, diagnostics) is { } course) courses.Add(course);
        }

        courses.Sort((a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : string.CompareOrdinal(a.Title, b.Title));
        return new CourseCatalog(root, courses, diagnostics, Stopwatch.GetElapsedTime(started));
    }

    private static Course? LoadCourse(string root, string folder, string courseId, LectureRenderOptions options,
        List<AuthorDiagnostic> diagnostics)
    {
        var coursePath = Path.Combine(folder, CourseFile);
        var sink = new DiagnosticSink(Relative(root, coursePath), diagnostics);
        if (!File.Exists(coursePath))
        {
            sink.Warning(null, $"Folder '{courseId}' has no {CourseFile}; it is not a course and is ignored.");
            return null;
        }
        if (!IdPattern().IsMatch(courseId))
        {
            sink.Error(null, $"Course folder '{courseId}' must be named with lowercase letters, digits and dashes (it becomes the URL).");
            return null;
        }

        var definition = CourseFileReader.Read(coursePath, courseId, sink);
        if (definition is null) return null;

        var lectures = new List<Lecture>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (lectureId, line) in definition.LectureIds)
        {
            if (!listed.Add(lectureId)) { sink.Error(line, $"course.yml: lecture '{lectureId}' is listed twice."); continue; }
            var file = Path.Combine(folder, lectureId + ".md");
            if (!IdPattern().IsMatch(lectureId) || !File.Exists(file))
            {
                sink.Error(line, $"course.yml: lecture '{lectureId}' has no file {courseId}/{lectureId}.md (ids are lowercase letters, digits and dashes).");
                continue;
            }
            var lecture = LectureFileReader.Read(file, Relative(root, file), courseId, lectureId, options, diagnostics);
            if (lecture is not null) lectures.Add(lecture);
        }

        foreach (var file in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            if (!listed.Contains(id) && !id.Equals("README", StringComparison.OrdinalIgnoreCase))
                diagnostics.Add(new AuthorDiagnostic(DiagnosticSeverity.Warning, Relative(root, file), null, $"Not listed in {courseId}/{CourseFile}, so readers cannot reach it."));
        }

        return new Course
        {
            Id = courseId, Title = definition.Course.Title, Summary = definition.Course.Summary,
            Level = definition.Course.Level, Tags = definition.Course.Tags, Order = definition.Course.Order,
            Lectures = lectures,
        };
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
