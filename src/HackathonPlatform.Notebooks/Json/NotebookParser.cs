using System.Text.Json;
using System.Text.Json.Nodes;

namespace HackathonPlatform.Notebooks.Json;

/// <summary>Turns a parsed JSON document into the notebook model, checking nbformat 4's shape.</summary>
internal sealed class NotebookParser
{
    private readonly JsonReadContext _context;
    private readonly OutputParser _outputs;

    public NotebookParser(string? filePath)
    {
        _context = new JsonReadContext(filePath);
        _outputs = new OutputParser(_context);
    }

    public Notebook Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw _context.Fail($"not a notebook: the file holds {JsonReadContext.Describe(root)}, not a JSON object", string.Empty);
        }

        if (!root.TryGetProperty("nbformat", out var format))
        {
            throw _context.Fail("not a notebook: there is no 'nbformat' field", string.Empty);
        }

        if (format.ValueKind != JsonValueKind.Number || !format.TryGetInt32(out var major))
        {
            throw _context.Fail($"'nbformat' must be an integer, not {JsonReadContext.Describe(format)}", "nbformat");
        }

        if (major != 4)
        {
            throw _context.Fail(
                major < 4
                    ? $"nbformat {major} is not supported: only nbformat 4 notebooks can be read (convert it with `jupyter nbconvert --to notebook`)"
                    : $"nbformat {major} is unknown: only nbformat 4 notebooks can be read",
                "nbformat");
        }

        var minor = _context.OptionalInt(root, "nbformat_minor", string.Empty) ?? 0;
        if (minor < 0)
        {
            throw _context.Fail("'nbformat_minor' must not be negative", "nbformat_minor");
        }

        var notebook = new Notebook { NbFormat = major, NbFormatMinor = minor };
        notebook.ReplaceMetadata(_context.OptionalObject(root, "metadata", string.Empty));
        var cells = _context.Require(root, "cells", string.Empty);
        if (cells.ValueKind != JsonValueKind.Array)
        {
            throw _context.Fail($"'cells' must be a list, not {JsonReadContext.Describe(cells)}", "cells");
        }

        var index = 0;
        foreach (var cell in cells.EnumerateArray())
        {
            notebook.Cells.Add(ParseCell(cell, $"cells[{index}]"));
            index++;
        }

        if (minor >= 5)
        {
            CellIds.EnsureValidAndUnique(notebook);
        }

        return notebook;
    }

    private Cell ParseCell(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw _context.Fail($"a cell must be an object, not {JsonReadContext.Describe(element)}", path);
        }

        var typeName = _context.RequireString(element, "cell_type", path);
        if (!CellTypes.TryParse(typeName, out var type))
        {
            throw _context.Fail($"unknown cell_type '{typeName}' (expected code, markdown or raw)", JsonReadContext.Join(path, "cell_type"));
        }

        var source = _context.MultilineString(_context.Require(element, "source", path), JsonReadContext.Join(path, "source"));
        var cell = new Cell(type, source, _context.OptionalObject(element, "metadata", path));
        if (element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            cell.Id = id.GetString();
        }

        if (type == CellType.Code)
        {
            cell.ExecutionCount = _context.OptionalInt(element, "execution_count", path);
            ParseOutputs(element, cell, path);
        }
        else if (element.TryGetProperty("attachments", out var attachments) && attachments.ValueKind != JsonValueKind.Null)
        {
            cell.Attachments = attachments.ValueKind == JsonValueKind.Object
                ? (JsonObject)JsonNodes.FromElement(attachments)!
                : throw _context.Fail("'attachments' must be an object", JsonReadContext.Join(path, "attachments"));
        }

        return cell;
    }

    private void ParseOutputs(JsonElement element, Cell cell, string path)
    {
        if (!element.TryGetProperty("outputs", out var outputs) || outputs.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        var outputsPath = JsonReadContext.Join(path, "outputs");
        if (outputs.ValueKind != JsonValueKind.Array)
        {
            throw _context.Fail($"'outputs' must be a list, not {JsonReadContext.Describe(outputs)}", outputsPath);
        }

        var index = 0;
        foreach (var output in outputs.EnumerateArray())
        {
            cell.Outputs.Add(_outputs.Parse(output, $"{outputsPath}[{index}]"));
            index++;
        }
    }
}
