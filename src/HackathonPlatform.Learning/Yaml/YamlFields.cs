using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HackathonPlatform.Learning.Yaml;

/// <summary>
/// Typed, diagnosing access to the keys of one YAML mapping. We read the representation model by hand
/// rather than deserialising into classes so that every type error carries the line of the offending value.
/// </summary>
internal sealed class YamlFields(YamlMappingNode node, DiagnosticSink sink, string what)
{
    public DiagnosticSink Sink => sink;

    public int Line => (int)node.Start.Line;

    public YamlNode? Node(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;

    public string? String(string key, bool required = false)
    {
        switch (Node(key))
        {
            case null:
                if (required) sink.Error(Line, $"{what}: '{key}' is required.");
                return null;
            case YamlScalarNode scalar:
                var text = scalar.Value?.Trim();
                if (string.IsNullOrEmpty(text) && required) sink.Error(LineOf(scalar), $"{what}: '{key}' must not be empty.");
                return string.IsNullOrEmpty(text) ? null : text;
            case var other:
                sink.Error(LineOf(other), $"{what}: '{key}' must be text, not a list or mapping.");
                return null;
        }
    }

    /// <summary>A list of texts; a single text is accepted as a one-item list.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        switch (Node(key))
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)) items.Add(v.Trim());
                    else sink.Error(LineOf(item), $"{what}: every item of '{key}' must be text.");
                }
                return items;
            case var other:
                sink.Error(LineOf(other), $"{what}: '{key}' must be a list like [a, b].");
                return [];
        }
    }

    public double? Number(string key)
    {
        var text = String(key);
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        sink.Error(LineOf(Node(key)), $"{what}: '{key}' must be a number, got '{text}'.");
        return null;
    }

    public bool? Boolean(string key)
    {
        var text = String(key);
        if (text is null) return null;
        if (bool.TryParse(text, out var value)) return value;
        if (text is "yes" or "no") return text == "yes";
        sink.Error(LineOf(Node(key)), $"{what}: '{key}' must be true or false, got '{text}'.");
        return null;
    }

    public IReadOnlyList<YamlFields> MappingList(string key, string itemWhat)
    {
        switch (Node(key))
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                var items = new List<YamlFields>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlMappingNode mapping) items.Add(new YamlFields(mapping, sink, itemWhat));
                    else sink.Error(LineOf(item), $"{what}: every item of '{key}' must be a mapping (e.g. '- text: ...').");
                }
                return items;
            case var other:
                sink.Error(LineOf(other), $"{what}: '{key}' must be a list.");
                return [];
        }
    }

    /// <summary>Reports keys outside <paramref name="known"/>: usually typos that would silently drop data.</summary>
    public void ReportUnknownKeys(IReadOnlySet<string> known, bool asError)
    {
        foreach (var (key, _) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (known.Contains(name)) continue;
            var message = $"{what}: unknown key '{name}' (known keys: {string.Join(", ", known)}).";
            if (asError) sink.Error(LineOf(key), message);
            else sink.Warning(LineOf(key), message);
        }
    }

    public static int? LineOf(YamlNode? node) => node is null || node.Start.Equals(Mark.Empty) ? null : (int)node.Start.Line;

    private static bool IsNull(YamlNode value) =>
        value is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };
}
