using System.Text.Json.Nodes;

namespace HackathonPlatform.Notebooks.Benchmarks;

/// <summary>
/// The notebooks both sides run, written cell for cell side by side so that they stay equivalent:
/// the same computations, outputs of the same kinds (values, printed lines).
/// </summary>
internal static class Fixtures
{
    /// <summary>Ten code cells: (C#, Python).</summary>
    private static readonly (string CSharp, string Python)[] TenCells =
    [
        ("var n = 1000;", "n = 1000"),
        ("var squares = Enumerable.Range(0, n).Select(i => i * i).ToArray();", "squares = [i * i for i in range(n)]"),
        ("squares.Sum()", "sum(squares)"),
        ("string Greet(string name) => $\"Hello, {name}!\";", "def greet(name):\n    return f\"Hello, {name}!\""),
        ("Console.WriteLine(Greet(\"world\"));", "print(greet(\"world\"))"),
        ("var words = \"the quick brown fox jumps over the lazy dog\".Split(' ');", "words = \"the quick brown fox jumps over the lazy dog\".split(\" \")"),
        ("string.Join(\",\", words.GroupBy(w => w.Length).OrderBy(g => g.Key).Select(g => $\"{g.Key}:{g.Count()}\"))",
         "from itertools import groupby\n\",\".join(f\"{k}:{len(list(g))}\" for k, g in groupby(sorted(len(w) for w in words)))"),
        ("Enumerable.Range(2, 5000).Count(p => Enumerable.Range(2, (int)Math.Sqrt(p) - 1).All(d => p % d != 0))",
         "sum(1 for p in range(2, 5002) if all(p % d for d in range(2, int(p ** 0.5) + 1)))"),
        ("var counts = new Dictionary<string, int>();\nforeach (var w in words) counts[w] = counts.GetValueOrDefault(w) + 1;\ncounts.Count",
         "counts = {}\nfor w in words:\n    counts[w] = counts.get(w, 0) + 1\nlen(counts)"),
        ("Math.Round(Math.PI * 2, 4)", "import math\nround(math.pi * 2, 4)"),
    ];

    /// <summary>The exercise's five code cells in Python (its five Markdown cells are copied as they are).</summary>
    private static readonly Dictionary<string, string> ExerciseInPython = new(StringComparer.Ordinal)
    {
        ["setup"] = "node_count = 6\nedges = [(0, 1, 1.0), (0, 2, 2.0), (1, 2, 1.0), (1, 3, 3.0),\n         (2, 4, 1.5), (3, 4, 2.0), (3, 5, 1.0), (4, 5, 2.5)]\n\ndef expect(condition, message):\n    if not condition:\n        raise AssertionError(\"Test failed: \" + message)",
        ["cut_value"] = "def cut_value(edges, z):\n    return sum(w for i, j, w in edges if z[i] != z[j])",
        ["test_cut_value"] = "expect(cut_value(edges, [0, 0, 0, 0, 0, 0]) == 0.0, \"nothing cut\")\nexpect(cut_value(edges, [1, 0, 0, 0, 0, 0]) == 3.0, \"node 0 alone\")\nexpect(cut_value(edges, [0, 1, 0, 1, 0, 1]) == 6.5, \"alternating\")\nexpect(cut_value(edges, [1, 1, 1, 1, 1, 1]) == 0.0, \"all on one side\")\nexpect(cut_value(edges, [1, 1, 0, 0, 1, 0]) == cut_value(edges, [0, 0, 1, 1, 0, 1]), \"swap\")",
        ["max_cut"] = "def max_cut(edges, n):\n    best, best_z = float(\"-inf\"), [0] * n\n    for mask in range(1 << n):\n        z = [(mask >> i) & 1 for i in range(n)]\n        cut = cut_value(edges, z)\n        if cut > best:\n            best, best_z = cut, z\n    return best, best_z",
        ["test_max_cut"] = "best, z = max_cut(edges, node_count)\nprint(f\"Max-Cut value {best}, partition {''.join(map(str, z))}\")\nexpect(len(z) == node_count, \"one side per node\")\nexpect(cut_value(edges, z) == best, \"consistent\")\nexpect(best == 12.0, \"the maximum\")\nexpect(max_cut([(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0)], 3)[0] == 2.0, \"triangle\")",
    };

    public static string WriteTenCellCSharp(string folder) => Write(folder, "ten-cells.ipynb", CSharpMetadata(), TenCells.Select(c => Code(c.CSharp)));

    public static string WriteTenCellPython(string folder) => Write(folder, "ten-cells-py.ipynb", PythonMetadata(), TenCells.Select(c => Code(c.Python)));

    /// <summary>The exercise notebook with its C# code cells replaced by the Python ones (matched by grade_id).</summary>
    public static string WriteExerciseInPython(string exerciseNotebook, string folder)
    {
        var source = JsonNode.Parse(File.ReadAllText(exerciseNotebook))!.AsObject();
        var cells = source["cells"]!.AsArray().Select(c => c!.DeepClone().AsObject()).Select(cell =>
        {
            var id = cell["metadata"]?["nbgrader"]?["grade_id"]?.GetValue<string>();
            if (cell["cell_type"]!.GetValue<string>() == "code")
            {
                cell["source"] = ExerciseInPython[id ?? throw new InvalidOperationException("A code cell without grade_id in the exercise.")];
            }

            return cell;
        });
        return Write(folder, "exercise-py.ipynb", PythonMetadata(), cells);
    }

    private static JsonObject Code(string source) => new()
    {
        ["cell_type"] = "code",
        ["id"] = Guid.NewGuid().ToString("N")[..12],
        ["metadata"] = new JsonObject(),
        ["execution_count"] = null,
        ["outputs"] = new JsonArray(),
        ["source"] = source,
    };

    private static string Write(string folder, string name, JsonObject metadata, IEnumerable<JsonObject> cells)
    {
        var notebook = new JsonObject
        {
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
            ["metadata"] = metadata,
            ["cells"] = new JsonArray([.. cells]),
        };
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }

    private static JsonObject CSharpMetadata() => new()
    {
        ["kernelspec"] = new JsonObject { ["name"] = ".net-csharp", ["display_name"] = ".NET (C#)", ["language"] = "C#" },
        ["language_info"] = new JsonObject { ["name"] = "C#" },
    };

    private static JsonObject PythonMetadata() => new()
    {
        ["kernelspec"] = new JsonObject { ["name"] = "python3", ["display_name"] = "Python 3", ["language"] = "python" },
        ["language_info"] = new JsonObject { ["name"] = "python" },
    };
}
