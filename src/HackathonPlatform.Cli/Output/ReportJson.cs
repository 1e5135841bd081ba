using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using HackathonPlatform.Quantum.Solvers;

namespace HackathonPlatform.Cli.Output;

/// <summary>The report as one JSON object with camelCase keys (absent values are null, never left out).</summary>
internal static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Write(TextWriter output, SolverReport report, string path, string problem)
    {
        var node = JsonSerializer.SerializeToNode(report, Options)!.AsObject();
        var result = new JsonObject { ["file"] = path, ["problem"] = problem };
        foreach (var (key, value) in node.ToList())
        {
            node.Remove(key);
            result[key] = value;
        }
        output.WriteLine(result.ToJsonString(Options));
    }
}
