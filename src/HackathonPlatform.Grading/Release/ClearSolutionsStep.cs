using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Release;

/// <summary>
/// nbgrader's ClearSolutions: replaces each solution region with the language's stub; a solution
/// cell without a region is replaced whole (code stub or text stub). A region outside a solution
/// cell is an authoring error, because such a cell has no grade_id to be tracked by.
/// Also drops the notebook's <c>celltoolbar</c> setting, as nbgrader does.
/// </summary>
public sealed class ClearSolutionsStep : IReleaseStep
{
    /// <inheritdoc />
    public void Apply(Notebook notebook, ReleaseOptions options, LanguageProfile language)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(language);
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            var stub = cell.CellType == CellType.Code ? language.CodeStub : language.TextStub;
            bool replaced;
            try
            {
                cell.Source = SourceRegions.ReplaceSolutions(cell.Source, stub, language.Markers, out replaced);
            }
            catch (NotebookFormatException ex)
            {
                throw CellErrors.At(i, cell, ex);
            }

            if (replaced && !cell.IsSolution())
            {
                throw CellErrors.At(i, cell, "a solution region is in a cell that is not a solution cell; mark the cell as a solution cell");
            }

            if (cell.IsSolution() && !replaced)
            {
                cell.Source = stub;
            }
        }

        notebook.Metadata.Remove("celltoolbar");
    }
}
