namespace HackathonPlatform.Learning.Catalog;

/// <summary>A course: an ordered outline of lectures, from <c>courses/&lt;id&gt;/course.yml</c>.</summary>
public sealed class Course
{
    /// <summary>The folder name; stable, used in URLs and progress rows.</summary>
    public required string Id { get; init; }

    /// <summary>Display title.</summary>
    public required string Title { get; init; }

    /// <summary>One-paragraph summary (plain text).</summary>
    public string Summary { get; init; } = "";

    /// <summary>Free-form level, e.g. "introductory".</summary>
    public string? Level { get; init; }

    /// <summary>Tags for filtering and search.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Position in the catalogue (ascending, then by title).</summary>
    public int Order { get; init; }

    /// <summary>The lectures that loaded, in outline order; broken ones are left out (see the catalogue's diagnostics).</summary>
    public IReadOnlyList<Lecture> Lectures { get; init; } = [];

    /// <summary>Sum of the lectures' known durations.</summary>
    public TimeSpan TotalDuration => TimeSpan.FromTicks(Lectures.Sum(l => l.Duration?.Ticks ?? 0));

    /// <summary>Finds a lecture by id (ordinal comparison).</summary>
    public Lecture? FindLecture(string lectureId) => Lectures.FirstOrDefault(l => l.Id == lectureId);

    /// <summary>The lecture after <paramref name="lectureId"/> in the outline, for "next" links.</summary>
    public Lecture? NextAfter(string lectureId) => Neighbour(lectureId, +1);

    /// <summary>The lecture before <paramref name="lectureId"/> in the outline, for "previous" links.</summary>
    public Lecture? PreviousBefore(string lectureId) => Neighbour(lectureId, -1);

    private Lecture? Neighbour(string lectureId, int step)
    {
        var index = Lectures.ToList().FindIndex(l => l.Id == lectureId);
        var target = index + step;
        return index < 0 || target < 0 || target >= Lectures.Count ? null : Lectures[target];
    }
}
