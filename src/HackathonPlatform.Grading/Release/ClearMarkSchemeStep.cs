using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Release;

/// <summary>nbgrader's ClearMarkScheme: removes the tutor's mark scheme from task cells.</summary>
public sealed class ClearMarkSchemeStep : IReleaseStep
{
    /// <inheritdoc />
    public void Apply(Notebook notebook, ReleaseOptions options, LanguageProfile language)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(language);
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            try
            {
                cell.Source = SourceRegions.RemoveMarkScheme(cell.Source, language.Markers, out var removed);
                if (removed && !cell.IsTask())
                {
                    throw CellErrors.At(i, cell, "a mark-scheme region is in a cell that is not a task cell");
                }
            }
            catch (NotebookFormatException ex) when (ex.JsonPath is null)
            {
                throw CellErrors.At(i, cell, ex);
            }
        }
    }
}
