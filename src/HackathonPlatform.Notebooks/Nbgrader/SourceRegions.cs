namespace HackathonPlatform.Notebooks.Nbgrader;

/// <summary>
/// nbgrader's ClearSolutions and ClearHiddenTests line rules, on a cell's source. Lines are split
/// and joined on "\n" only, as nbgrader does, so other line endings pass through unchanged.
/// </summary>
public static class SourceRegions
{
    /// <summary>
    /// Replaces each solution region (delimiters included) with the stub, each stub line indented
    /// like the BEGIN line.
    /// </summary>
    /// <param name="source">The cell's source.</param>
    /// <param name="stub">The replacement; may span lines.</param>
    /// <param name="markers">The delimiters.</param>
    /// <param name="replaced">Whether any region was found.</param>
    /// <returns>The new source.</returns>
    /// <exception cref="NotebookFormatException">A region is nested or not closed.</exception>
    public static string ReplaceSolutions(string source, string stub, RegionMarkers markers, out bool replaced)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(stub);
        ArgumentNullException.ThrowIfNull(markers);
        var result = new List<string>();
        var stubLines = stub.Split('\n');
        var openedAt = 0;
        replaced = false;
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (markers.BeginSolution.Contains(trimmed, StringComparer.Ordinal))
            {
                if (openedAt > 0)
                {
                    throw new NotebookFormatException($"nested BEGIN SOLUTION on line {i + 1} (the region opened on line {openedAt} is not closed)");
                }

                openedAt = i + 1;
                replaced = true;
                var indent = line[..line.IndexOf(trimmed, StringComparison.Ordinal)];
                result.AddRange(stubLines.Select(s => indent + s));
            }
            else if (markers.EndSolution.Contains(trimmed, StringComparer.Ordinal))
            {
                openedAt = 0;
            }
            else if (openedAt == 0)
            {
                result.Add(line);
            }
        }

        return openedAt > 0
            ? throw new NotebookFormatException($"BEGIN SOLUTION on line {openedAt} has no END SOLUTION")
            : string.Join('\n', result);
    }

    /// <summary>Removes hidden-test regions, delimiter lines included.</summary>
    /// <param name="source">The cell's source.</param>
    /// <param name="markers">The delimiters.</param>
    /// <param name="removed">Whether any region was found.</param>
    /// <returns>The source the student sees.</returns>
    /// <exception cref="NotebookFormatException">A region is nested or not closed.</exception>
    public static string RemoveHiddenTests(string source, RegionMarkers markers, out bool removed)
    {
        ArgumentNullException.ThrowIfNull(markers);
        return RemoveRegions(source, markers.BeginHiddenTests, markers.EndHiddenTests, out removed);
    }

    /// <summary>Removes mark-scheme regions (tutor-only notes in task cells), delimiter lines included.</summary>
    /// <param name="source">The cell's source.</param>
    /// <param name="markers">The delimiters.</param>
    /// <param name="removed">Whether any region was found.</param>
    /// <returns>The source the student sees.</returns>
    /// <exception cref="NotebookFormatException">A region is nested or not closed.</exception>
    public static string RemoveMarkScheme(string source, RegionMarkers markers, out bool removed)
    {
        ArgumentNullException.ThrowIfNull(markers);
        return RemoveRegions(source, markers.BeginMarkScheme, markers.EndMarkScheme, out removed);
    }

    /// <summary>Whether the source holds a hidden-tests region.</summary>
    /// <param name="source">The cell's source.</param>
    /// <param name="markers">The delimiters.</param>
    /// <returns>True when a BEGIN HIDDEN TESTS line is present.</returns>
    public static bool HasHiddenTests(string source, RegionMarkers markers)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(markers);
        return source.Contains(markers.BeginHiddenTests, StringComparison.Ordinal);
    }

    private static string RemoveRegions(string source, string begin, string end, out bool removed)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = new List<string>();
        var openedAt = 0;
        removed = false;
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(begin, StringComparison.Ordinal))
            {
                if (openedAt > 0)
                {
                    throw new NotebookFormatException($"nested {begin} on line {i + 1} (the region opened on line {openedAt} is not closed)");
                }

                openedAt = i + 1;
                removed = true;
            }
            else if (lines[i].Contains(end, StringComparison.Ordinal))
            {
                openedAt = 0;
            }
            else if (openedAt == 0)
            {
                result.Add(lines[i]);
            }
        }

        return openedAt > 0
            ? throw new NotebookFormatException($"{begin} on line {openedAt} has no {end}")
            : string.Join('\n', result);
    }
}
