using HackathonPlatform.Learning.Catalog;
using HackathonPlatform.Learning.Tests.Support;

namespace HackathonPlatform.Learning.Tests;

public class LoadingTests
{
    private const string Course = "title: Test course\nsummary: S\nlevel: introductory\ntags: [a, b]\nlectures:\n  - good\n  - broken\n";

    [Theory]
    // YamlDotNet notices the unclosed bracket at the end of the front matter, one line later.
    [InlineData("---\ntitle: [unclosed\n---\nBody", 3, "not valid YAML")]
    [InlineData("---\nspeaker: Someone\n---\nBody", 2, "'title' is required")]
    [InlineData("---\ntitle:\n  nested: map\n---\nBody", 3, "'title' must be text")]
    [InlineData("---\ntitle: T\ntags: {a: 1}\n---\nBody", 3, "'tags' must be a list")]
    [InlineData("---\ntitle: T\ndate: yesterday\n---\nBody", 3, "'date' must be a date")]
    [InlineData("---\ntitle: T\nduration: forever\n---\nBody", 3, "'duration' must be")]
    [InlineData("No front matter at all", 1, "must start with front matter")]
    [InlineData("---\ntitle: T\nBody without closing fence", 1, "must start with front matter")]
    public void A_lecture_with_broken_front_matter_is_left_out_with_a_diagnostic(string text, int line, string message)
    {
        using var folder = new TempCourses();
        var catalog = folder.Course("c", Course)
            .Lecture("c", "good", "---\ntitle: Good\n---\nFine.\n")
            .Lecture("c", "broken", text)
            .Load();

        var course = Assert.Single(catalog.Courses);
        Assert.Equal(["good"], course.Lectures.Select(l => l.Id));
        var diagnostic = Assert.Single(catalog.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("c/broken.md", diagnostic.File);
        Assert.Equal(line, diagnostic.Line);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_fields_are_read_into_the_lecture()
    {
        using var folder = new TempCourses();
        var catalog = folder.Course("c", "title: C\nlectures: [l]\n").Lecture("c", "l", """
            ---
            title: Gradient descent
            speaker: Dr. A. Example
            date: 2025-03-14
            duration: 1h 5m
            level: introductory
            tags: [optimisation, loss]
            slides: https://example.org/slides.pdf
            prerequisites: [what-is-ml]
            exercises: [particle-id]
            ---
            Body.
            """).Load();

        var lecture = catalog.FindLecture("c", "l")!;
        Assert.Empty(catalog.Diagnostics);
        Assert.Equal("Dr. A. Example", lecture.Speaker);
        Assert.Equal(new DateOnly(2025, 3, 14), lecture.Date);
        Assert.Equal(TimeSpan.FromMinutes(65), lecture.Duration);
        Assert.Equal(["optimisation", "loss"], lecture.Tags);
        Assert.Equal(["what-is-ml"], lecture.Prerequisites);
        Assert.Equal(["particle-id"], lecture.Exercises);
        Assert.Equal("https://example.org/slides.pdf", lecture.SlidesUrl);
    }

    [Fact]
    public void A_course_listing_a_missing_lecture_is_reported_at_that_line()
    {
        using var folder = new TempCourses();
        var catalog = folder.Course("c", Course).Lecture("c", "good", "---\ntitle: Good\n---\n").Load();

        var diagnostic = Assert.Single(catalog.Diagnostics);
        Assert.Equal(("c/course.yml", 7), (diagnostic.File, diagnostic.Line));
        Assert.Contains("'broken' has no file", diagnostic.Message, StringComparison.Ordinal);
        Assert.Single(catalog.Courses[0].Lectures);
    }

    [Fact]
    public void A_broken_course_is_left_out_and_the_other_courses_load()
    {
        using var folder = new TempCourses();
        var catalog = folder.Course("bad", "title: [oops\n")
            .Course("ok", "title: OK\nlectures: [l]\n").Lecture("ok", "l", "---\ntitle: L\n---\n")
            .Course("nolist", "title: No list\n")
            .Load();

        Assert.Equal(["ok"], catalog.Courses.Select(c => c.Id));
        Assert.Equal(["bad/course.yml", "nolist/course.yml"], catalog.Diagnostics.Select(d => d.File).Order());
    }

    [Fact]
    public void Unlisted_lectures_and_unknown_keys_are_warnings_that_keep_the_content()
    {
        using var folder = new TempCourses();
        var catalog = folder.Course("c", "title: C\nlectures: [l]\n")
            .Lecture("c", "l", "---\ntitle: L\nspeakr: typo\n---\n")
            .Lecture("c", "orphan", "---\ntitle: O\n---\n")
            .Load();

        Assert.Single(catalog.Courses[0].Lectures);
        Assert.Equal(2, catalog.Diagnostics.Count);
        Assert.All(catalog.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains(catalog.Diagnostics, d => d.Message.Contains("speakr", StringComparison.Ordinal) && d.Line == 3);
    }

    [Fact]
    public void A_missing_folder_gives_an_empty_catalogue_with_a_diagnostic()
    {
        var catalog = CourseCatalog.Load(Path.Combine(Path.GetTempPath(), "no-such-courses-" + Guid.NewGuid().ToString("N")));

        Assert.Empty(catalog.Courses);
        Assert.Single(catalog.Diagnostics);
    }

    [Fact]
    public void Reload_picks_up_changes_and_keeps_the_old_snapshot_intact()
    {
        using var folder = new TempCourses();
        folder.Course("c", "title: C\nlectures: [l]\n").Lecture("c", "l", "---\ntitle: First\n---\n");
        var provider = new CourseCatalogProvider(folder.Root);
        var before = provider.Current;

        folder.Lecture("c", "l", "---\ntitle: Second\n---\n");
        var after = provider.Reload();

        Assert.Same(after, provider.Current);
        Assert.Equal("First", before.FindLecture("c", "l")!.Title);
        Assert.Equal("Second", after.FindLecture("c", "l")!.Title);
    }
}
