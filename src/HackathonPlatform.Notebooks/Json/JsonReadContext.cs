using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HackathonPlatform.Notebooks.Json;

/// <summary>Typed access to parsed JSON that fails with a <see cref="NotebookFormatException"/> naming the path.</summary>
internal sealed class JsonReadContext(string? filePath)
{
    public NotebookFormatException Fail(string problem, string jsonPath) => new(problem, filePath, jsonPath);

    public JsonElement Require(JsonElement obj, string name, string path) =>
        obj.TryGetProperty(name, out var value) ? value : throw Fail($"the required field '{name}' is missing", path);

    public string RequireString(JsonElement obj, string name, string path)
    {
        var value = Require(obj, name, path);
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw Fail($"'{name}' must be a string, not {Describe(value)}", Join(path, name));
    }

    public JsonObject OptionalObject(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return new JsonObject();
        }

        return value.ValueKind == JsonValueKind.Object
            ? (JsonObject)JsonNodes.FromElement(value)!
            : throw Fail($"'{name}' must be an object, not {Describe(value)}", Join(path, name));
    }

    public int? OptionalInt(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n)
            ? n
            : throw Fail($"'{name}' must be an integer or null, not {Describe(value)}", Join(path, name));
    }

    /// <summary>nbformat's multi-line strings: one string, or a list of strings to concatenate.</summary>
    public string MultilineString(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString()!;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Fail($"expected a string or a list of strings, not {Describe(value)}", path);
        }

        var sb = new StringBuilder();
        var i = 0;
        foreach (var line in value.EnumerateArray())
        {
            if (line.ValueKind != JsonValueKind.String)
            {
                throw Fail($"expected a string, not {Describe(line)}", $"{path}[{i}]");
            }

            sb.Append(line.GetString());
            i++;
        }

        return sb.ToString();
    }

    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
