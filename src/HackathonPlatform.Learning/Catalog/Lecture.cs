using HackathonPlatform.Learning.Quizzes;
using HackathonPlatform.Learning.Rendering;

namespace HackathonPlatform.Learning.Catalog;

/// <summary>
/// One lecture, rendered once at load time. Immutable and safe to share between requests: a page writes
/// <see cref="Html"/> as it is.
/// </summary>
public sealed class Lecture
{
    /// <summary>Id of the course it belongs to (the course folder name).</summary>
    public required string CourseId { get; init; }

    /// <summary>Id within the course: the file name without <c>.md</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Title from the front matter.</summary>
    public required string Title { get; init; }

    /// <summary>Who gives the lecture.</summary>
    public string? Speaker { get; init; }

    /// <summary>When it was recorded or first given.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Length of the recording (or reading time estimate when the author gave one).</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Free-form level, e.g. "introductory", "intermediate", "advanced".</summary>
    public string? Level { get; init; }

    /// <summary>Tags for filtering and search.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>What to know first: lecture ids ("course/lecture" or "lecture" in the same course) or free text.</summary>
    public IReadOnlyList<string> Prerequisites { get; init; } = [];

    /// <summary>Ids of exercises under exercises/ that the page offers to open on the reader's server.</summary>
    public IReadOnlyList<string> Exercises { get; init; } = [];

    /// <summary>The video, when the front matter names a usable one.</summary>
    public VideoEmbed? Video { get; init; }

    /// <summary>Link to the slides (http(s) or a site path), when given.</summary>
    public string? SlidesUrl { get; init; }

    /// <summary>
    /// The sanitised body: the video player (when any), the Markdown with math spans for KaTeX, code blocks
    /// with <c>language-*</c> classes, quiz forms without answers, and the transcript in a &lt;details&gt;.
    /// Each quiz form contains <see cref="LectureHtml.AntiforgerySlot"/> where the hub may put its token.
    /// </summary>
    public required string Html { get; init; }

    /// <summary>Whether the lecture has a "## Transcript" section.</summary>
    public bool HasTranscript { get; init; }

    /// <summary>The lecture's well-formed quizzes in reading order (malformed ones are only in <see cref="Diagnostics"/>).</summary>
    public IReadOnlyList<Quiz> Quizzes { get; init; } = [];

    /// <summary>The text without markup, for search and word counts.</summary>
    public string PlainText { get; init; } = "";

    /// <summary>Number of words in <see cref="PlainText"/>.</summary>
    public int WordCount { get; init; }

    /// <summary>Source file relative to the courses folder.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Warnings and quiz errors for the authors' page; the lecture is shown regardless.</summary>
    public IReadOnlyList<AuthorDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Finds a quiz of this lecture by id (ordinal comparison).</summary>
    public Quiz? FindQuiz(string quizId) => Quizzes.FirstOrDefault(q => q.Id == quizId);
}
