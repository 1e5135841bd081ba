using HackathonPlatform.Notebooks;

namespace HackathonPlatform.Grading.Release;

/// <summary>The outputs of release generation.</summary>
/// <param name="Student">What students receive: no solutions, no hidden tests, checksums recorded.</param>
/// <param name="GradingMaster">
/// What grading restores locked cells from (nbgrader's SaveCells snapshot): like
/// <paramref name="Student"/> but with hidden tests kept, and checksums of those fuller cells.
/// Never leaves the hub.
/// </param>
public sealed record ReleaseResult(Notebook Student, Notebook GradingMaster);
