using System.Text.RegularExpressions;

namespace HackathonPlatform.Notebooks;

/// <summary>
/// nbformat 4.5 cell ids: 1 to 64 characters of <c>[a-zA-Z0-9-_]</c>, unique within a notebook.
/// New ids are 8 hex characters, as nbformat itself makes them.
/// </summary>
public static partial class CellIds
{
    /// <summary>Whether <paramref name="id"/> is a valid nbformat 4.5 cell id.</summary>
    /// <param name="id">The id to check.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValid(string? id) => id is not null && ValidId().IsMatch(id);

    /// <summary>A new random id.</summary>
    /// <returns>8 lower-case hex characters.</returns>
    public static string NewId() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>
    /// Gives every cell a valid id, keeping the first of duplicates and replacing missing, invalid
    /// and later duplicate ids, and raises the notebook to nbformat 4.5 if it was older.
    /// </summary>
    /// <param name="notebook">The notebook to fix in place.</param>
    /// <returns>How many ids were assigned.</returns>
    public static int EnsureValidAndUnique(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        notebook.NbFormatMinor = Math.Max(notebook.NbFormatMinor, Notebook.LatestMinor);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in notebook.Cells)
        {
            if (cell.Id is { } id && IsValid(id))
            {
                seen.Add(id);
            }
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var assigned = 0;
        foreach (var cell in notebook.Cells)
        {
            if (cell.Id is { } id && IsValid(id) && used.Add(id))
            {
                continue;
            }

            string fresh;
            do
            {
                fresh = NewId();
            }
            while (seen.Contains(fresh) || used.Contains(fresh));

            cell.Id = fresh;
            used.Add(fresh);
            seen.Add(fresh);
            assigned++;
        }

        return assigned;
    }

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex ValidId();
}
