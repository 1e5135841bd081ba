using System.Text;
using System.Text.Json.Nodes;
using HackathonPlatform.Notebooks.Json;

namespace HackathonPlatform.Notebooks;

/// <summary>
/// Writes notebooks byte for byte as Jupyter does: keys sorted, one-space indent, non-ASCII kept,
/// multi-line strings split into lists of lines, a final newline. Cell ids are written from
/// nbformat 4.5 on; cells of such notebooks that lack a valid unique id are given one first.
/// </summary>
public static class NotebookWriter
{
    /// <summary>Serialises a notebook.</summary>
    /// <param name="notebook">The notebook; from 4.5 on, missing or duplicate cell ids are fixed in place.</param>
    /// <returns>The .ipynb text.</returns>
    public static string Write(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var sb = new StringBuilder();
        PythonJsonWriter.Write(ToJson(notebook), sb, 0);
        return sb.Append('\n').ToString();
    }

    /// <summary>Writes a notebook to a file as UTF-8 without a byte-order mark.</summary>
    /// <param name="path">The destination.</param>
    /// <param name="notebook">The notebook.</param>
    public static void WriteFile(string path, Notebook notebook) =>
        File.WriteAllText(path, Write(notebook), new UTF8Encoding(false));

    /// <summary>The notebook as a JSON object shaped as nbformat's (lines split).</summary>
    /// <param name="notebook">The notebook; from 4.5 on, missing or duplicate cell ids are fixed in place.</param>
    /// <returns>A new JSON object.</returns>
    public static JsonObject ToJson(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var withIds = notebook.NbFormatMinor >= 5;
        if (withIds)
        {
            CellIds.EnsureValidAndUnique(notebook);
        }

        var cells = new JsonArray();
        foreach (var cell in notebook.Cells)
        {
            cells.Add(CellToJson(cell, withIds));
        }

        return new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = notebook.Metadata.DeepClone(),
            ["nbformat"] = notebook.NbFormat,
            ["nbformat_minor"] = notebook.NbFormatMinor,
        };
    }

    /// <summary>One cell as nbformat's JSON (lines split).</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="withId">Whether to write the id (nbformat 4.5 and later).</param>
    /// <returns>A new JSON object.</returns>
    public static JsonObject CellToJson(Cell cell, bool withId = false)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var json = new JsonObject
        {
            ["cell_type"] = cell.CellType.ToNbformat(),
            ["metadata"] = cell.Metadata.DeepClone(),
            ["source"] = Lines(cell.Source),
        };
        if (withId && cell.Id is not null)
        {
            json["id"] = cell.Id;
        }

        if (cell.CellType == CellType.Code)
        {
            json["execution_count"] = cell.ExecutionCount;
            var outputs = new JsonArray();
            foreach (var output in cell.Outputs)
            {
                outputs.Add(OutputToJson(output));
            }

            json["outputs"] = outputs;
        }
        else if (cell.Attachments is not null)
        {
            var attachments = new JsonObject();
            foreach (var (name, bundle) in cell.Attachments)
            {
                attachments[name] = bundle is JsonObject o ? BundleToJson(new MimeBundle(o)) : bundle?.DeepClone();
            }

            json["attachments"] = attachments;
        }

        return json;
    }

    private static JsonObject OutputToJson(Output output)
    {
        var json = new JsonObject { ["output_type"] = output.OutputType };
        switch (output)
        {
            case StreamOutput stream:
                json["name"] = stream.Name;
                json["text"] = Lines(stream.Text);
                break;
            case DisplayDataOutput display:
                json["data"] = BundleToJson(display.Data);
                json["metadata"] = display.Metadata.DeepClone();
                break;
            case ExecuteResultOutput result:
                json["execution_count"] = result.ExecutionCount;
                json["data"] = BundleToJson(result.Data);
                json["metadata"] = result.Metadata.DeepClone();
                break;
            case ErrorOutput error:
                json["ename"] = error.ErrorName;
                json["evalue"] = error.ErrorValue;
                json["traceback"] = new JsonArray(error.Traceback.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray());
                break;
        }

        return json;
    }

    // nbformat splits text/* plus two non-text types that are text in practice; other values stay whole.
    private static JsonObject BundleToJson(MimeBundle bundle)
    {
        var json = new JsonObject();
        foreach (var (mime, value) in bundle.Values)
        {
            var splits = mime.StartsWith("text/", StringComparison.Ordinal) || mime is "application/javascript" or "image/svg+xml";
            json[mime] = splits && value is JsonValue v && v.TryGetValue(out string? text) ? Lines(text) : value?.DeepClone();
        }

        return json;
    }

    private static JsonArray Lines(string text) =>
        new(PythonText.SplitLinesKeepEnds(text).Select(l => (JsonNode?)JsonValue.Create(l)).ToArray());
}
