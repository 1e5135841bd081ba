using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HackathonPlatform.Notebooks.Json;

/// <summary>
/// Reads a number from a node whatever CLR type backs it (a parsed element, an int, a double...):
/// <c>GetValue&lt;double&gt;</c> throws on a node built from an int, and metadata comes from both.
/// </summary>
internal static class JsonNumbers
{
    public static double? AsDouble(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
        && double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : null;
}
