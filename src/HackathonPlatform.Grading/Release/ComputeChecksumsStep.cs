using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Release;

/// <summary>
/// nbgrader's ComputeChecksums: records the checksum and the cell type on every grade, solution
/// and locked cell, so grading can tell an untouched answer (zero points) and a tampered test.
/// </summary>
public sealed class ComputeChecksumsStep : IReleaseStep
{
    /// <inheritdoc />
    public void Apply(Notebook notebook, ReleaseOptions options, LanguageProfile language)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        foreach (var cell in notebook.Cells)
        {
            if (cell.IsGrade() || cell.IsSolution() || cell.IsLocked())
            {
                var meta = NbgraderMetadata.Of(cell)!;
                meta.Checksum = NbgraderChecksum.Compute(cell);
                meta.CellType = cell.CellType.ToNbformat();
            }
        }
    }
}
