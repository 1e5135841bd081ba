using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HackathonPlatform.Grading.Exercises;

/// <summary>
/// Typed access to one YAML mapping that reports every wrong value with its line, instead of
/// deserialising into classes, whose exceptions would not tell an author where to look.
/// </summary>
internal sealed class YamlMap(YamlMappingNode node, string path, List<ExerciseDiagnostic> diagnostics)
{
    public IEnumerable<string> Keys => node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public string? Text(string key, bool required = false)
    {
        switch (Find(key))
        {
            case null:
                if (required)
                {
                    Error(node, $"'{key}' is required.");
                }

                return null;
            case YamlScalarNode { Value: var value } scalar:
                if (string.IsNullOrWhiteSpace(value) && required)
                {
                    Error(scalar, $"'{key}' must not be empty.");
                }

                return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            case var other:
                Error(other, $"'{key}' must be text, not a list or mapping.");
                return null;
        }
    }

    public IReadOnlyList<string> List(string key)
    {
        switch (Find(key))
        {
            case null:
                return [];
            case YamlScalarNode { Value: var value }:
                return string.IsNullOrWhiteSpace(value) ? [] : [value.Trim()];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                    {
                        items.Add(v.Trim());
                    }
                    else
                    {
                        Error(item, $"every item of '{key}' must be text.");
                    }
                }

                return items;
            case var other:
                Error(other, $"'{key}' must be a list like [a, b].");
                return [];
        }
    }

    public double? Number(string key, double min, double max)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Error(Find(key)!, $"'{key}' must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, got '{text}'.");
        return null;
    }

    public bool? Boolean(string key)
    {
        var text = Text(key)?.ToLowerInvariant();
        switch (text)
        {
            case null:
                return null;
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                Error(Find(key)!, $"'{key}' must be true or false, got '{text}'.");
                return null;
        }
    }

    public YamlMap? Map(string key)
    {
        switch (Find(key))
        {
            case null:
                return null;
            case YamlMappingNode mapping:
                return new YamlMap(mapping, path, diagnostics);
            case var other:
                Error(other, $"'{key}' must be a mapping of 'key: value' lines.");
                return null;
        }
    }

    public void Error(YamlNode at, string message) => diagnostics.Add(new ExerciseDiagnostic(path, LineOf(at), message));

    public void Report(string key, string message, bool isError) =>
        diagnostics.Add(new ExerciseDiagnostic(path, LineOf(node.Children.Keys.FirstOrDefault(k => (k as YamlScalarNode)?.Value == key)), message, isError));

    private YamlNode? Find(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is not YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" }
            ? value
            : null;

    private static int? LineOf(YamlNode? n) => n is null || n.Start.Line <= 0 ? null : (int)n.Start.Line;
}
