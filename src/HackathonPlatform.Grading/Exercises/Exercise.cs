using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Grading.Late;
using HackathonPlatform.Grading.Release;

namespace HackathonPlatform.Grading.Exercises;

/// <summary>
/// One loaded exercise folder: its settings from exercise.yml, its README and the release generated
/// from its source notebook. The release's grading master holds hidden tests: never send it to participants.
/// </summary>
public sealed record Exercise
{
    /// <summary>The folder name, used in URLs and as the notebook's file name.</summary>
    public required string Id { get; init; }

    /// <summary>Shown in lists and headings.</summary>
    public required string Title { get; init; }

    /// <summary>One or two sentences for lists; may be empty.</summary>
    public string Summary { get; init; } = "";

    /// <summary><c>csharp</c> or <c>python</c>.</summary>
    public required string Language { get; init; }

    /// <summary>Slugs of the hackathons the exercise is part of.</summary>
    public IReadOnlyList<string> Hackathons { get; init; } = [];

    /// <summary>Ids of the courses that offer it to self-learners.</summary>
    public IReadOnlyList<string> Courses { get; init; } = [];

    /// <summary>True when a group submits together (one attempt counter per group); false for individual work.</summary>
    public bool IsGroupExercise { get; init; }

    /// <summary>The deadline (UTC), or null for none.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>What lateness costs.</summary>
    public LatePolicy LatePolicy { get; init; } = LatePolicy.None;

    /// <summary>Time and memory limits of the grading run.</summary>
    public ExecutionLimits Limits { get; init; } = ExecutionLimits.Default;

    /// <summary>Submissions allowed per group (or person), or null for no limit.</summary>
    public int? MaxSubmissions { get; init; }

    /// <summary>Whether the exercise has a leaderboard.</summary>
    public bool Leaderboard { get; init; }

    /// <summary>The README's Markdown (empty when there is none).</summary>
    public string ReadmeMarkdown { get; init; } = "";

    /// <summary>The exercise folder.</summary>
    public required string Directory { get; init; }

    /// <summary>The student copy and the grading master.</summary>
    public required ReleaseResult Release { get; init; }

    /// <summary>The file name participants download and submit: <c>{Id}.ipynb</c>.</summary>
    public string NotebookFileName => Id + ".ipynb";

    /// <summary>Points the exercise is worth (sum over grade and task cells).</summary>
    public double MaxPoints { get; init; }
}
