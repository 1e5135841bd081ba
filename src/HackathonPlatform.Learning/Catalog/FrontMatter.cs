using System.Text;

namespace HackathonPlatform.Learning.Catalog;

/// <summary>A lecture file split into its YAML front matter and its Markdown body.</summary>
/// <param name="Yaml">The text between the <c>---</c> fences.</param>
/// <param name="Body">
/// The Markdown after the front matter, with the front matter lines kept as empty lines so that
/// line numbers reported by Markdig match the file.
/// </param>
internal sealed record FrontMatter(string Yaml, string Body)
{
    /// <summary>Line of the file (1-based) on which the YAML starts: the line after the opening fence.</summary>
    public const int YamlFirstLine = 2;

    /// <summary>Splits the file; null when it does not start with a closed <c>---</c> block.</summary>
    public static FrontMatter? Split(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---") return null;

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is not ("---" or "...")) continue;

            var yaml = string.Join('\n', lines, 1, i - 1);
            var body = new StringBuilder();
            body.Append('\n', i + 1);
            body.AppendJoin('\n', lines.Skip(i + 1));
            return new FrontMatter(yaml, body.ToString());
        }

        return null;
    }
}
