using System.Text.Json.Nodes;

namespace HackathonPlatform.Grading.Tests;

/// <summary>The first place two JSON trees differ, as a readable path, for failure messages.</summary>
internal static class JsonDiff
{
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    if (!e.ContainsKey(key) || !a.ContainsKey(key))
                    {
                        return $"{path}.{key}: expected {(e.ContainsKey(key) ? Show(e[key]) : "(absent)")}, got {(a.ContainsKey(key) ? Show(a[key]) : "(absent)")}";
                    }

                    if (FirstDifference(e[key], a[key], $"{path}.{key}") is { } d)
                    {
                        return d;
                    }
                }

                return null;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
                {
                    if (i >= e.Count || i >= a.Count)
                    {
                        return $"{path}: expected {e.Count} items, got {a.Count}";
                    }

                    if (FirstDifference(e[i], a[i], $"{path}[{i}]") is { } d)
                    {
                        return d;
                    }
                }

                return null;
            default:
                return JsonNode.DeepEquals(expected, actual) ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }
    }

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";
}
