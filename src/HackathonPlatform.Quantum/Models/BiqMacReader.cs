using System.Globalization;

namespace HackathonPlatform.Quantum.Models;

/// <summary>
/// Reads the Biq Mac / OR-Library sparse format: a header "n m", then m lines "i j w" with 1-based
/// indices. As a QUBO, i = j adds w·y_i and i ≠ j adds 2·w·y_i·y_j (the file is the upper triangle of a
/// symmetric Q, so off-diagonal entries count twice). As a Max-Cut graph, each line is an edge of weight w.
/// Blank lines are skipped; anything else malformed throws <see cref="InstanceFormatException"/> naming
/// the file and 1-based line. A pair given twice (in either order) is an error rather than summed,
/// because in this format it means a corrupted file, not an intended sum.
/// </summary>
public static class BiqMacReader
{
    /// <summary>Reads a QUBO instance file.</summary>
    public static QuboModel ReadQubo(string path) => WithFile(path, ParseQubo);

    /// <summary>Reads a Max-Cut instance file as a graph.</summary>
    public static WeightedGraph ReadMaxCut(string path) => WithFile(path, ParseMaxCut);

    /// <summary>Parses a QUBO from text; <paramref name="sourceName"/> appears in error messages.</summary>
    public static QuboModel ParseQubo(TextReader reader, string sourceName)
    {
        var (n, entries) = ParseEntries(reader, sourceName, allowDiagonal: true);
        var b = new QuboBuilder(n);
        foreach (var (i, j, w, _) in entries)
        {
            b.AddQuadratic(i, j, i == j ? w : 2 * w);
        }
        return b.Build();
    }

    /// <summary>Parses a Max-Cut graph from text; <paramref name="sourceName"/> appears in error messages.</summary>
    public static WeightedGraph ParseMaxCut(TextReader reader, string sourceName)
    {
        var (n, entries) = ParseEntries(reader, sourceName, allowDiagonal: false);
        return new WeightedGraph(n, entries.Select(e => new WeightedEdge(e.I, e.J, e.W)));
    }

    private static T WithFile<T>(string path, Func<TextReader, string, T> parse)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return parse(reader, path);
    }

    private static (int N, List<(int I, int J, double W, int Line)> Entries) ParseEntries(TextReader reader, string source, bool allowDiagonal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int lineNo = 0;
        string? line;
        string[]? header = null;
        while (header is null && (line = reader.ReadLine()) is not null)
        {
            lineNo++;
            header = Tokens(line);
        }
        if (header is null)
        {
            throw new InstanceFormatException(source, Math.Max(lineNo, 1), "the file is empty; expected a header \"n m\".");
        }
        if (header.Length != 2)
        {
            throw new InstanceFormatException(source, lineNo, $"expected a header \"n m\" (2 numbers), found {header.Length} fields.");
        }
        int n = ParseInt(header[0], "variable count n", source, lineNo);
        long m = ParseInt(header[1], "entry count m", source, lineNo);
        if (n < 1)
        {
            throw new InstanceFormatException(source, lineNo, $"the variable count n must be at least 1, got {n}.");
        }
        long maxEntries = allowDiagonal ? (long)n * (n + 1) / 2 : (long)n * (n - 1) / 2;
        if (m < 0 || m > maxEntries)
        {
            throw new InstanceFormatException(source, lineNo, $"the entry count m = {m} is impossible for n = {n} (0 to {maxEntries} distinct entries).");
        }
        var entries = new List<(int I, int J, double W, int Line)>((int)m);
        var seen = new Dictionary<(int, int), int>();
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            var t = Tokens(line);
            if (t is null)
            {
                continue;
            }
            if (entries.Count == m)
            {
                throw new InstanceFormatException(source, lineNo, $"more entries than the {m} announced in the header.");
            }
            if (t.Length != 3)
            {
                throw new InstanceFormatException(source, lineNo, $"expected \"i j w\" (3 fields), found {t.Length}.");
            }
            int i = ParseIndex(t[0], n, source, lineNo);
            int j = ParseIndex(t[1], n, source, lineNo);
            if (!double.TryParse(t[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double w))
            {
                throw new InstanceFormatException(source, lineNo, $"the weight \"{t[2]}\" is not a number.");
            }
            if (!double.IsFinite(w))
            {
                throw new InstanceFormatException(source, lineNo, $"the weight \"{t[2]}\" is not finite.");
            }
            if (i == j && !allowDiagonal)
            {
                throw new InstanceFormatException(source, lineNo, $"edge ({i + 1}, {j + 1}) is a self-loop, which a Max-Cut graph cannot have.");
            }
            var key = i <= j ? (i, j) : (j, i);
            if (!seen.TryAdd(key, lineNo))
            {
                throw new InstanceFormatException(source, lineNo, $"entry ({key.Item1 + 1}, {key.Item2 + 1}) repeats line {seen[key]}.");
            }
            entries.Add((key.Item1, key.Item2, w, lineNo));
        }
        if (entries.Count < m)
        {
            throw new InstanceFormatException(source, lineNo + 1, $"the file ends after {entries.Count} entries; the header announced {m}.");
        }
        return (n, entries);
    }

    private static string[]? Tokens(string line)
    {
        var t = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return t.Length == 0 ? null : t;
    }

    private static int ParseInt(string token, string what, string source, int line) =>
        int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v)
            ? v
            : throw new InstanceFormatException(source, line, $"the {what} \"{token}\" is not an integer.");

    private static int ParseIndex(string token, int n, string source, int line)
    {
        int v = ParseInt(token, "index", source, line);
        return v >= 1 && v <= n
            ? v - 1
            : throw new InstanceFormatException(source, line, $"index {v} is out of range 1..{n}.");
    }
}
