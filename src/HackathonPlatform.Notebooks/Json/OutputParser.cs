using System.Text.Json;
using System.Text.Json.Nodes;

namespace HackathonPlatform.Notebooks.Json;

/// <summary>Reads the four nbformat 4 output types and their MIME bundles.</summary>
internal sealed class OutputParser(JsonReadContext context)
{
    public Output Parse(JsonElement output, string path)
    {
        if (output.ValueKind != JsonValueKind.Object)
        {
            throw context.Fail($"an output must be an object, not {JsonReadContext.Describe(output)}", path);
        }

        var type = context.RequireString(output, "output_type", path);
        switch (type)
        {
            case "stream":
                return new StreamOutput(
                    context.RequireString(output, "name", path),
                    context.MultilineString(context.Require(output, "text", path), JsonReadContext.Join(path, "text")));
            case "display_data":
                return new DisplayDataOutput(
                    ParseBundle(context.Require(output, "data", path), JsonReadContext.Join(path, "data")),
                    context.OptionalObject(output, "metadata", path));
            case "execute_result":
                return new ExecuteResultOutput(
                    context.OptionalInt(output, "execution_count", path),
                    ParseBundle(context.Require(output, "data", path), JsonReadContext.Join(path, "data")),
                    context.OptionalObject(output, "metadata", path));
            case "error":
                return new ErrorOutput(
                    context.RequireString(output, "ename", path),
                    context.RequireString(output, "evalue", path),
                    ParseTraceback(output, path));
            default:
                throw context.Fail($"unknown output_type '{type}' (expected stream, display_data, execute_result or error)", path);
        }
    }

    /// <summary>Text values may be split into lines in the file; JSON MIME types keep their JSON.</summary>
    public MimeBundle ParseBundle(JsonElement data, string path)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            throw context.Fail($"a MIME bundle must be an object, not {JsonReadContext.Describe(data)}", path);
        }

        var values = new JsonObject();
        foreach (var property in data.EnumerateObject())
        {
            values[property.Name] = MimeBundle.IsJsonMimeType(property.Name)
                ? JsonNodes.FromElement(property.Value)
                : JsonValue.Create(context.MultilineString(property.Value, JsonReadContext.Join(path, property.Name)));
        }

        return new MimeBundle(values);
    }

    private List<string> ParseTraceback(JsonElement output, string path)
    {
        var result = new List<string>();
        if (!output.TryGetProperty("traceback", out var traceback) || traceback.ValueKind == JsonValueKind.Null)
        {
            return result;
        }

        var tracebackPath = JsonReadContext.Join(path, "traceback");
        if (traceback.ValueKind != JsonValueKind.Array)
        {
            throw context.Fail($"expected a list of strings, not {JsonReadContext.Describe(traceback)}", tracebackPath);
        }

        foreach (var line in traceback.EnumerateArray())
        {
            result.Add(line.ValueKind == JsonValueKind.String
                ? line.GetString()!
                : throw context.Fail("traceback entries must be strings", tracebackPath));
        }

        return result;
    }
}
