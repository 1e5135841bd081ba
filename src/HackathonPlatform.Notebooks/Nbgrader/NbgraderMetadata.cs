using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HackathonPlatform.Notebooks.Json;

namespace HackathonPlatform.Notebooks.Nbgrader;

/// <summary>
/// A typed view over <c>cell.metadata["nbgrader"]</c> (schema version 3, which version 4 only
/// renumbers). Reads and writes go straight to the underlying JSON, so unknown keys survive.
/// </summary>
public sealed class NbgraderMetadata
{
    /// <summary>The metadata key nbgrader uses.</summary>
    public const string Key = "nbgrader";

    /// <summary>Wraps an existing JSON object (not copied).</summary>
    /// <param name="node">The value of <c>metadata.nbgrader</c>.</param>
    public NbgraderMetadata(JsonObject node) => Node = node;

    /// <summary>The underlying JSON.</summary>
    public JsonObject Node { get; }

    /// <summary>The cell's nbgrader metadata, or null when it has none.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>A view, or null.</returns>
    public static NbgraderMetadata? Of(Cell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Metadata[Key] is JsonObject node ? new NbgraderMetadata(node) : null;
    }

    /// <summary>The unique id of the cell within the notebook (needed for grade, solution and locked cells).</summary>
    public string? GradeId { get => GetString("grade_id"); set => Node["grade_id"] = value; }

    /// <summary>Whether the cell is graded (tests, or a manually graded answer).</summary>
    public bool Grade { get => GetBool("grade"); set => Node["grade"] = value; }

    /// <summary>Whether the student writes the cell's content.</summary>
    public bool Solution { get => GetBool("solution"); set => Node["solution"] = value; }

    /// <summary>Whether the cell is marked read-only (see <see cref="NbgraderCellExtensions.IsLocked"/> for the effective rule).</summary>
    public bool Locked { get => GetBool("locked"); set => Node["locked"] = value; }

    /// <summary>Whether the cell is a manually graded task.</summary>
    public bool Task { get => GetBool("task"); set => Node["task"] = value; }

    /// <summary>The points the cell is worth, or null. nbgrader accepts numbers and numeric strings.</summary>
    public double? Points
    {
        get => Node["points"] switch
        {
            JsonValue v when JsonNumbers.AsDouble(v) is { } number => number,
            JsonValue v when v.TryGetValue(out string? s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        };
        set => Node["points"] = value;
    }

    /// <summary>The schema version, or null.</summary>
    public int? SchemaVersion
    {
        get => JsonNumbers.AsDouble(Node["schema_version"]) is { } n ? (int)n : null;
        set => Node["schema_version"] = value;
    }

    /// <summary>The checksum recorded at release, or null.</summary>
    public string? Checksum { get => GetString("checksum"); set => Node["checksum"] = value; }

    /// <summary>The cell type recorded at release (to detect retyped cells), or null.</summary>
    public string? CellType { get => GetString("cell_type"); set => Node["cell_type"] = value; }

    /// <summary>Which kind of nbgrader cell this is.</summary>
    public NbgraderCellKind Kind =>
        Task ? NbgraderCellKind.ManuallyGradedTask
        : Grade && Solution ? NbgraderCellKind.ManuallyGradedAnswer
        : Solution ? NbgraderCellKind.AutogradedAnswer
        : Grade ? NbgraderCellKind.AutograderTests
        : Locked ? NbgraderCellKind.ReadOnly
        : NbgraderCellKind.None;

    private string? GetString(string key) => Node[key] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    // nbgrader tests truthiness; JSON files only ever hold booleans here in practice.
    private bool GetBool(string key) => Node[key] is JsonValue v && v.GetValueKind() == JsonValueKind.True;
}
