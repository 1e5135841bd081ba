using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Release;

/// <summary>
/// nbgrader's CheckCellMetadata: every tracked cell has a unique, non-empty grade_id; grade and
/// task cells have points; Markdown grade cells are also solution cells; task cells are Markdown.
/// Untracked cells lose an empty nbgrader entry, and tracked ones get the target schema_version.
/// </summary>
public sealed class CheckCellMetadataStep : IReleaseStep
{
    /// <inheritdoc />
    public void Apply(Notebook notebook, ReleaseOptions options, LanguageProfile language)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(options);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            var meta = NbgraderMetadata.Of(cell);
            if (meta is null)
            {
                continue;
            }

            if (!cell.IsTracked())
            {
                cell.Metadata.Remove(NbgraderMetadata.Key);
                continue;
            }

            Check(i, cell, meta, ids);
            if (options.SchemaVersion is { } version)
            {
                meta.SchemaVersion = version;
            }
        }
    }

    private static void Check(int index, Cell cell, NbgraderMetadata meta, HashSet<string> ids)
    {
        if (string.IsNullOrEmpty(meta.GradeId))
        {
            throw CellErrors.At(index, cell, "an nbgrader cell has no grade_id");
        }

        if (!ids.Add(meta.GradeId))
        {
            throw CellErrors.At(index, cell, $"the grade_id '{meta.GradeId}' is used by an earlier cell too");
        }

        if ((meta.Grade || meta.Task) && meta.Points is null)
        {
            throw CellErrors.At(index, cell, "a graded cell has no points");
        }

        if (meta.Task && cell.CellType != CellType.Markdown)
        {
            throw CellErrors.At(index, cell, "task cells have to be Markdown cells");
        }

        if (!meta.Task && cell.CellType == CellType.Markdown && meta.Grade != meta.Solution)
        {
            throw CellErrors.At(index, cell, "a Markdown cell must be both a grade and a solution cell, or neither");
        }
    }
}
