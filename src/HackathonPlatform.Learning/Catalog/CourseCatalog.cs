using HackathonPlatform.Learning.Rendering;
using HackathonPlatform.Learning.Search;

namespace HackathonPlatform.Learning.Catalog;

/// <summary>
/// An immutable snapshot of the courses folder with all HTML rendered. Share it freely between requests;
/// <see cref="CourseCatalogProvider"/> swaps in a new snapshot on reload.
/// </summary>
public sealed class CourseCatalog
{
    private readonly Dictionary<string, Course> byId;

    internal CourseCatalog(string root, IReadOnlyList<Course> courses, IReadOnlyList<AuthorDiagnostic> diagnostics, TimeSpan loadTime)
    {
        RootDirectory = root;
        Courses = courses;
        Diagnostics = diagnostics;
        LoadTime = loadTime;
        byId = courses.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// Loads and renders every course under <paramref name="directory"/> (one folder per course with a
    /// course.yml). Never throws for bad content: broken items are left out and described in <see cref="Diagnostics"/>.
    /// </summary>
    public static CourseCatalog Load(string directory, LectureRenderOptions? options = null) =>
        CourseCatalogLoader.Load(directory, options ?? LectureRenderOptions.Default);

    /// <summary>The absolute path that was loaded.</summary>
    public string RootDirectory { get; }

    /// <summary>Courses in catalogue order (course.yml 'order', then title).</summary>
    public IReadOnlyList<Course> Courses { get; }

    /// <summary>Every authoring problem found, for the authors' page and the log; errors mean something was left out.</summary>
    public IReadOnlyList<AuthorDiagnostic> Diagnostics { get; }

    /// <summary>How long loading and rendering took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>All lectures of all courses, in catalogue order.</summary>
    public IEnumerable<Lecture> Lectures => Courses.SelectMany(c => c.Lectures);

    /// <summary>Finds a course by id (ordinal comparison).</summary>
    public Course? FindCourse(string courseId) => byId.GetValueOrDefault(courseId);

    /// <summary>Finds a lecture by course and lecture id.</summary>
    public Lecture? FindLecture(string courseId, string lectureId) => FindCourse(courseId)?.FindLecture(lectureId);

    /// <summary>
    /// Resolves a lecture reference such as an entry of <see cref="Lecture.Prerequisites"/>: "course/lecture",
    /// or "lecture" within the course of <paramref name="from"/>. Null for free text or unknown ids, which
    /// the page shows as plain text.
    /// </summary>
    public Lecture? ResolveLecture(string reference, Lecture from)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(from);
        var parts = reference.Split('/');
        return parts.Length switch
        {
            1 => FindLecture(from.CourseId, parts[0]),
            2 => FindLecture(parts[0], parts[1]),
            _ => null,
        };
    }

    /// <summary>
    /// One search document per course and per lecture. <paramref name="courseUrl"/> and
    /// <paramref name="lectureUrl"/> map to the hub's routes (default <c>/courses/{course}</c> and
    /// <c>/courses/{course}/{lecture}</c>).
    /// </summary>
    public IEnumerable<SearchDocument> ToSearchDocuments(
        Func<Course, string>? courseUrl = null, Func<Lecture, string>? lectureUrl = null)
    {
        courseUrl ??= c => $"/courses/{Uri.EscapeDataString(c.Id)}";
        lectureUrl ??= l => $"/courses/{Uri.EscapeDataString(l.CourseId)}/{Uri.EscapeDataString(l.Id)}";
        foreach (var course in Courses)
        {
            yield return new SearchDocument
            {
                Url = courseUrl(course), Title = course.Title, Kind = SearchDocumentKinds.Course,
                Text = course.Summary, Tags = course.Tags,
            };
            foreach (var lecture in course.Lectures)
            {
                yield return new SearchDocument
                {
                    Url = lectureUrl(lecture), Title = lecture.Title, Kind = SearchDocumentKinds.Lecture,
                    Text = lecture.PlainText, Tags = lecture.Tags, Context = course.Title,
                };
            }
        }
    }
}
