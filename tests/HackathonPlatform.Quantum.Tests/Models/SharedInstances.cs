using System.Globalization;

namespace HackathonPlatform.Quantum.Tests.Models;

/// <summary>The shared Biq Mac instances and their published optima (../shared/data/qubo-benchmarks).</summary>
public static class SharedInstances
{
    public sealed record Instance(string Name, string Path, bool IsMaxCut, int N, int Entries, double Optimum);

    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Directory => Root.Value;

    public static IReadOnlyList<Instance> All { get; } = Load();

    public static Instance Get(string name) => All.Single(i => i.Name == name);

    /// <summary>xUnit member data: one row per instance name.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var i in All)
        {
            data.Add(i.Name);
        }
        return data;
    }

    private static List<Instance> Load()
    {
        var rows = File.ReadAllLines(System.IO.Path.Combine(Directory, "optimal_values.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'));
        return [.. rows.Select(c => new Instance(
            c[0],
            System.IO.Path.Combine(Directory, c[1]),
            c[2].StartsWith("MaxCut", StringComparison.Ordinal),
            int.Parse(c[3], CultureInfo.InvariantCulture),
            int.Parse(c[4], CultureInfo.InvariantCulture),
            double.Parse(c[5], CultureInfo.InvariantCulture)))];
    }

    private static string FindRoot()
    {
        var fromEnv = Environment.GetEnvironmentVariable("HACKATHON_QUBO_BENCHMARKS");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return fromEnv;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "data", "qubo-benchmarks");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException(
            "shared/data/qubo-benchmarks not found above the test binaries; set HACKATHON_QUBO_BENCHMARKS.");
    }
}
