using HackathonPlatform.Learning.Catalog;

namespace HackathonPlatform.Learning.Tests.Support;

/// <summary>A throw-away courses folder for one test.</summary>
internal sealed class TempCourses : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "learning-tests-" + Guid.NewGuid().ToString("N"));

    public TempCourses() => Directory.CreateDirectory(Root);

    public TempCourses Course(string id, string courseYml)
    {
        Directory.CreateDirectory(Path.Combine(Root, id));
        File.WriteAllText(Path.Combine(Root, id, "course.yml"), courseYml);
        return this;
    }

    public TempCourses Lecture(string courseId, string lectureId, string text)
    {
        File.WriteAllText(Path.Combine(Root, courseId, lectureId + ".md"), text);
        return this;
    }

    public CourseCatalog Load() => CourseCatalog.Load(Root);

    /// <summary>Loads a course "c" whose only lecture "l" has the given body under a valid front matter.</summary>
    public static CourseCatalog WithLectureBody(string body, string extraFrontMatter = "")
    {
        using var folder = new TempCourses();
        return folder.Course("c", "title: C\nlectures: [l]\n")
            .Lecture("c", "l", $"---\ntitle: L\n{extraFrontMatter}---\n{body}")
            .Load();
    }

    public static Lecture LectureWithBody(string body, string extraFrontMatter = "") =>
        WithLectureBody(body, extraFrontMatter).FindLecture("c", "l")
        ?? throw new InvalidOperationException("lecture did not load");

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
