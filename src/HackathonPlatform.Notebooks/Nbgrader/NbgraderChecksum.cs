using System.Security.Cryptography;
using System.Text;
using HackathonPlatform.Notebooks.Json;

namespace HackathonPlatform.Notebooks.Nbgrader;

/// <summary>
/// nbgrader's cell checksum (<c>nbgrader.utils.compute_checksum</c>), so that notebooks released
/// here validate in nbgrader and the other way round: the MD5 of, in order, the source, the cell
/// type, Python's <c>str()</c> of is_grade, is_solution and is_locked ("True"/"False"), the
/// grade_id and, for grade cells, <c>str(float(points))</c>, all UTF-8.
/// </summary>
public static class NbgraderChecksum
{
    /// <summary>Computes the checksum of a cell as it is now.</summary>
    /// <param name="cell">A cell with nbgrader metadata and a grade_id.</param>
    /// <returns>32 lower-case hex digits.</returns>
    /// <exception cref="ArgumentException">The cell has no nbgrader grade_id, or a grade cell has no points.</exception>
    public static string Compute(Cell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var meta = NbgraderMetadata.Of(cell);
        var gradeId = meta?.GradeId ?? throw new ArgumentException("The cell has no nbgrader grade_id, so it has no checksum.", nameof(cell));
        var parts = new List<string>
        {
            cell.Source,
            cell.CellType.ToNbformat(),
            PythonBool(cell.IsGrade()),
            PythonBool(cell.IsSolution()),
            PythonBool(cell.IsLocked()),
            gradeId,
        };
        if (cell.IsGrade())
        {
            var points = meta.Points ?? throw new ArgumentException($"Grade cell '{gradeId}' has no points.", nameof(cell));
            parts.Add(PythonFloat.Repr(points));
        }

        var bytes = Encoding.UTF8.GetBytes(string.Concat(parts));
#pragma warning disable CA5351 // MD5 is nbgrader's choice; it detects edits, it does not resist attackers.
        var hash = MD5.HashData(bytes);
#pragma warning restore CA5351
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Whether the checksum recorded in the cell's metadata matches its current content.</summary>
    /// <param name="cell">A cell with nbgrader metadata.</param>
    /// <returns>False when no checksum is recorded or it differs.</returns>
    public static bool Matches(Cell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var recorded = NbgraderMetadata.Of(cell)?.Checksum;
        if (recorded is null || cell.GradeId() is null || (cell.IsGrade() && NbgraderMetadata.Of(cell)!.Points is null))
        {
            return false;
        }

        return string.Equals(recorded, Compute(cell), StringComparison.Ordinal);
    }

    private static string PythonBool(bool value) => value ? "True" : "False";

    /// <summary>Python's <c>str(float(x))</c>, exposed for callers that print points as nbgrader does.</summary>
    /// <param name="value">A number of points.</param>
    /// <returns>For example "1.0", "0.5", "1e+16".</returns>
    public static string PythonFloatString(double value) => PythonFloat.Repr(value);
}
