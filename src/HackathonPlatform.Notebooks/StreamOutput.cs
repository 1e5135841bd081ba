namespace HackathonPlatform.Notebooks;

/// <summary>Text written to stdout or stderr.</summary>
public sealed class StreamOutput : Output
{
    /// <summary>Creates a stream output.</summary>
    /// <param name="name"><c>stdout</c> or <c>stderr</c>.</param>
    /// <param name="text">The text written.</param>
    public StreamOutput(string name, string text)
    {
        Name = name;
        Text = text;
    }

    /// <inheritdoc />
    public override string OutputType => "stream";

    /// <summary><c>stdout</c> or <c>stderr</c>.</summary>
    public string Name { get; set; }

    /// <summary>The text written (lines joined).</summary>
    public string Text { get; set; }

    /// <inheritdoc />
    public override Output Clone() => new StreamOutput(Name, Text);
}
