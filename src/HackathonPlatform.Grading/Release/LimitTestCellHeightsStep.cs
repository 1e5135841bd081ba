using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Release;

/// <summary>
/// Older nbgrader's LimitTestCellHeights: sets <c>metadata.max_height</c> on grade cells. Off by
/// default (today's nbgrader dropped it); kept so releases made by those versions can be reproduced.
/// </summary>
public sealed class LimitTestCellHeightsStep : IReleaseStep
{
    /// <inheritdoc />
    public void Apply(Notebook notebook, ReleaseOptions options, LanguageProfile language)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(options);
        if (options.TestCellMaxHeight is not { } height)
        {
            return;
        }

        foreach (var cell in notebook.Cells.Where(c => c.IsGrade()))
        {
            cell.Metadata["max_height"] = height;
        }
    }
}
