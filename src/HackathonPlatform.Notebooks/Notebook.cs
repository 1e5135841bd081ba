using System.Text.Json.Nodes;

namespace HackathonPlatform.Notebooks;

/// <summary>
/// An nbformat 4.x notebook. Notebook and cell metadata are kept as JSON objects so that keys this
/// library does not know survive a read and a write.
/// </summary>
public sealed class Notebook
{
    /// <summary>The minor format version this library writes for new notebooks (cell ids exist from 4.5).</summary>
    public const int LatestMinor = 5;

    /// <summary>The major format version: always 4.</summary>
    public int NbFormat { get; init; } = 4;

    /// <summary>The minor format version, kept as read (0 to 5); ids are written only from 5 on.</summary>
    public int NbFormatMinor { get; set; } = LatestMinor;

    /// <summary>Notebook metadata, including <c>kernelspec</c> and <c>language_info</c>.</summary>
    public JsonObject Metadata { get; private set; } = new();

    /// <summary>The cells, in order.</summary>
    public IList<Cell> Cells { get; } = new List<Cell>();

    /// <summary>The kernelspec, or null when absent or incomplete.</summary>
    public KernelSpec? KernelSpec
    {
        get => Metadata["kernelspec"] is JsonObject k && k["name"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? new KernelSpec(
                (string)k["name"]!,
                k["display_name"] is JsonValue d && d.TryGetValue(out string? dn) ? dn : (string)k["name"]!,
                k["language"] is JsonValue l && l.TryGetValue(out string? lang) ? lang : null)
            : null;
        set
        {
            if (value is null)
            {
                Metadata.Remove("kernelspec");
                return;
            }

            var node = new JsonObject { ["display_name"] = value.DisplayName, ["name"] = value.Name };
            if (value.Language is not null)
            {
                node["language"] = value.Language;
            }

            Metadata["kernelspec"] = node;
        }
    }

    /// <summary>
    /// The notebook's language: <c>language_info.name</c>, else <c>kernelspec.language</c>, else null.
    /// </summary>
    public string? Language =>
        Metadata["language_info"] is JsonObject li && li["name"] is JsonValue n && n.TryGetValue(out string? name)
            ? name
            : KernelSpec?.Language;

    /// <summary>Replaces the whole metadata object.</summary>
    /// <param name="metadata">The new metadata.</param>
    public void ReplaceMetadata(JsonObject metadata) => Metadata = metadata;

    /// <summary>A deep copy: changing the copy never changes this notebook.</summary>
    /// <returns>An independent notebook.</returns>
    public Notebook Clone()
    {
        var copy = new Notebook { NbFormat = NbFormat, NbFormatMinor = NbFormatMinor };
        copy.Metadata = (JsonObject)Metadata.DeepClone();
        foreach (var cell in Cells)
        {
            copy.Cells.Add(cell.Clone());
        }

        return copy;
    }
}
