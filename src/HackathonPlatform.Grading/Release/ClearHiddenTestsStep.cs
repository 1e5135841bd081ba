using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Release;

/// <summary>
/// nbgrader's ClearHiddenTests: removes hidden-test regions from the student's copy. A region
/// outside a grade cell is an authoring error: it would never be restored at grading.
/// </summary>
public sealed class ClearHiddenTestsStep : IReleaseStep
{
    /// <inheritdoc />
    public void Apply(Notebook notebook, ReleaseOptions options, LanguageProfile language)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(language);
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            bool removed;
            try
            {
                cell.Source = SourceRegions.RemoveHiddenTests(cell.Source, language.Markers, out removed);
            }
            catch (NotebookFormatException ex)
            {
                throw CellErrors.At(i, cell, ex);
            }

            if (removed && !cell.IsGrade())
            {
                throw CellErrors.At(i, cell, "a hidden-tests region is in a cell that is not an autograder tests cell");
            }
        }
    }
}
