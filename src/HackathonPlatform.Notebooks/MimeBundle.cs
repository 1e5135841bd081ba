using System.Text.Json.Nodes;

namespace HackathonPlatform.Notebooks;

/// <summary>
/// The <c>data</c> of a display_data or execute_result output (or a cell attachment): one value per
/// MIME type. Text values are held as one string (the file's list of lines joined); JSON MIME types
/// (<c>application/json</c>, <c>application/*+json</c>) keep their JSON value.
/// </summary>
public sealed class MimeBundle
{
    /// <summary>Creates an empty bundle.</summary>
    public MimeBundle()
        : this(new JsonObject())
    {
    }

    /// <summary>Wraps an existing JSON object (not copied).</summary>
    /// <param name="values">MIME type to value.</param>
    public MimeBundle(JsonObject values) => Values = values;

    /// <summary>MIME type to value; text values are JSON strings.</summary>
    public JsonObject Values { get; }

    /// <summary>The MIME types present.</summary>
    public IEnumerable<string> MimeTypes => Values.Select(p => p.Key);

    /// <summary>The text of a MIME type, or null when absent or not text.</summary>
    /// <param name="mimeType">For example <c>text/plain</c>.</param>
    /// <returns>The joined text.</returns>
    public string? GetText(string mimeType) =>
        Values[mimeType] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    /// <summary>Sets the text of a MIME type.</summary>
    /// <param name="mimeType">For example <c>text/html</c>.</param>
    /// <param name="text">The whole text (not split into lines).</param>
    public void SetText(string mimeType, string text) => Values[mimeType] = JsonValue.Create(text);

    /// <summary>Whether the MIME type is a JSON one whose value is JSON rather than text.</summary>
    /// <param name="mimeType">The MIME type.</param>
    /// <returns>True for <c>application/json</c> and <c>application/*+json</c>.</returns>
    public static bool IsJsonMimeType(string mimeType) =>
        mimeType == "application/json"
        || (mimeType.StartsWith("application/", StringComparison.Ordinal) && mimeType.EndsWith("+json", StringComparison.Ordinal));

    /// <summary>A deep copy.</summary>
    /// <returns>An independent bundle.</returns>
    public MimeBundle Clone() => new((JsonObject)Values.DeepClone());
}
