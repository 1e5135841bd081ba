namespace HackathonPlatform.Web.Grading;

/// <summary>What one reload of the exercises folder changed, by exercise id.</summary>
/// <param name="Added">New exercises (a new folder, or one that loads again after being removed).</param>
/// <param name="Removed">Exercises whose folder is gone (or hidden with a leading '.' or '_').</param>
/// <param name="TestsChanged">Test or locked cells, hidden tests or points changed: stored autograde scores may be out of date.</param>
/// <param name="TimingChanged">The deadline or the late policy changed: lateness and penalties are recomputed.</param>
/// <param name="KeptLastGood">The folder now fails to load; the last good version stays in use.</param>
public sealed record ExerciseCatalogChanges(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> TestsChanged,
    IReadOnlyList<string> TimingChanged,
    IReadOnlyList<string> KeptLastGood)
{
    /// <summary>Nothing changed.</summary>
    public static ExerciseCatalogChanges None { get; } = new([], [], [], [], []);

    /// <inheritdoc />
    public override string ToString() =>
        $"added [{string.Join(", ", Added)}], removed [{string.Join(", ", Removed)}], tests changed [{string.Join(", ", TestsChanged)}], "
        + $"deadline or late policy changed [{string.Join(", ", TimingChanged)}], last good version kept [{string.Join(", ", KeptLastGood)}]";
}
