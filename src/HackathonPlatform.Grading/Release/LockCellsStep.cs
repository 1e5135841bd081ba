using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Release;

/// <summary>
/// nbgrader's LockCells: sets Jupyter's <c>deletable</c>/<c>editable</c> cell metadata so students
/// cannot delete graded cells nor edit tests and read-only cells. Answer cells stay editable.
/// </summary>
public sealed class LockCellsStep : IReleaseStep
{
    /// <inheritdoc />
    public void Apply(Notebook notebook, ReleaseOptions options, LanguageProfile language)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var cell in notebook.Cells)
        {
            if ((options.LockSolutionCells || options.LockGradeCells) && cell.IsSolution() && cell.IsGrade())
            {
                cell.Metadata["deletable"] = false;
            }
            else if (options.LockSolutionCells && cell.IsSolution())
            {
                cell.Metadata["deletable"] = false;
            }
            else if (options.LockGradeCells && cell.IsGrade())
            {
                Lock(cell);
            }
            else if (options.LockReadOnlyCells && cell.IsLocked())
            {
                Lock(cell);
            }
            else if (options.LockAllCells)
            {
                Lock(cell);
            }
        }
    }

    private static void Lock(Cell cell)
    {
        cell.Metadata["deletable"] = false;
        cell.Metadata["editable"] = false;
    }
}
