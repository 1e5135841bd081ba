using System.Text.Json.Nodes;

namespace HackathonPlatform.Notebooks;

/// <summary>A rich value displayed by the cell (nbformat <c>display_data</c>).</summary>
public sealed class DisplayDataOutput : Output
{
    /// <summary>Creates a display_data output.</summary>
    /// <param name="data">The value in one or more MIME types.</param>
    /// <param name="metadata">Per-MIME metadata; kept as read.</param>
    public DisplayDataOutput(MimeBundle data, JsonObject? metadata = null)
    {
        Data = data;
        Metadata = metadata ?? new JsonObject();
    }

    /// <inheritdoc />
    public override string OutputType => "display_data";

    /// <summary>The value in one or more MIME types.</summary>
    public MimeBundle Data { get; }

    /// <summary>Per-MIME metadata.</summary>
    public JsonObject Metadata { get; }

    /// <inheritdoc />
    public override Output Clone() => new DisplayDataOutput(Data.Clone(), (JsonObject)Metadata.DeepClone());
}
