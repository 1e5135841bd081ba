using System.Text.Json.Nodes;

namespace HackathonPlatform.Notebooks;

/// <summary>
/// One nbformat 4 cell. <see cref="Outputs"/> and <see cref="ExecutionCount"/> are meaningful for
/// code cells only (the writer omits them for the others); <see cref="Attachments"/> for Markdown
/// and raw cells only.
/// </summary>
public sealed class Cell
{
    /// <summary>Creates a cell.</summary>
    /// <param name="cellType">Code, Markdown or raw.</param>
    /// <param name="source">The whole source text (not split into lines).</param>
    /// <param name="metadata">Cell metadata; unknown keys are kept as they are.</param>
    public Cell(CellType cellType, string source, JsonObject? metadata = null)
    {
        CellType = cellType;
        Source = source;
        Metadata = metadata ?? new JsonObject();
    }

    /// <summary>The nbformat 4.5 cell id, or null for older notebooks.</summary>
    public string? Id { get; set; }

    /// <summary>Code, Markdown or raw.</summary>
    public CellType CellType { get; set; }

    /// <summary>The whole source text.</summary>
    public string Source { get; set; }

    /// <summary>Cell metadata, including <c>nbgrader</c>; unknown keys are preserved.</summary>
    public JsonObject Metadata { get; private set; }

    /// <summary>Outputs of a code cell, in order.</summary>
    public IList<Output> Outputs { get; } = new List<Output>();

    /// <summary>The execution count of a code cell, or null when not run.</summary>
    public int? ExecutionCount { get; set; }

    /// <summary>Attachments of a Markdown or raw cell (name to MIME bundle), or null.</summary>
    public JsonObject? Attachments { get; set; }

    /// <summary>Creates a code cell.</summary>
    /// <param name="source">The code.</param>
    /// <param name="metadata">Optional metadata.</param>
    /// <returns>A new code cell without outputs.</returns>
    public static Cell Code(string source, JsonObject? metadata = null) => new(CellType.Code, source, metadata);

    /// <summary>Creates a Markdown cell.</summary>
    /// <param name="source">The Markdown text.</param>
    /// <param name="metadata">Optional metadata.</param>
    /// <returns>A new Markdown cell.</returns>
    public static Cell Markdown(string source, JsonObject? metadata = null) => new(CellType.Markdown, source, metadata);

    /// <summary>Replaces the metadata object (used when restoring a cell from its source).</summary>
    /// <param name="metadata">The new metadata.</param>
    public void ReplaceMetadata(JsonObject metadata) => Metadata = metadata;

    /// <summary>Removes outputs and the execution count, as Jupyter's "Clear output" does.</summary>
    public void ClearOutputs()
    {
        Outputs.Clear();
        ExecutionCount = null;
    }

    /// <summary>A deep copy: changing the copy never changes this cell.</summary>
    /// <returns>An independent cell.</returns>
    public Cell Clone()
    {
        var copy = new Cell(CellType, Source, (JsonObject)Metadata.DeepClone())
        {
            Id = Id,
            ExecutionCount = ExecutionCount,
            Attachments = (JsonObject?)Attachments?.DeepClone(),
        };
        foreach (var output in Outputs)
        {
            copy.Outputs.Add(output.Clone());
        }

        return copy;
    }
}
