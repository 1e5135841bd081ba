using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HackathonPlatform.Learning.Yaml;

/// <summary>Parses a YAML text whose root must be a mapping, reporting syntax errors with their line.</summary>
internal static class YamlMappingParser
{
    /// <summary>Returns the root mapping, or null after reporting why there is none.</summary>
    public static YamlFields? Parse(string yaml, DiagnosticSink sink, string what)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            // YamlDotNet marks are 1-based; Start is empty (line 0) for some errors, so fall back to "unknown".
            int? line = ex.Start.Line > 0 ? (int)ex.Start.Line : null;
            sink.Error(line, $"{what} is not valid YAML: {ex.Message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this instead of a YamlException for some unterminated flow collections.
            sink.Error(null, $"{what} is not valid YAML: check unclosed brackets [ ] {{ }} and quotes.");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            sink.Error(1, $"{what} must be a YAML mapping of 'key: value' lines.");
            return null;
        }

        return new YamlFields(root, sink, what);
    }
}
