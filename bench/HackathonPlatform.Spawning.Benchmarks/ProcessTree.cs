using System.Globalization;

namespace HackathonPlatform.Spawning.Benchmarks;

/// <summary>
/// The processes below this one (servers, their kernels, bubblewrap) read from /proc: their command lines and
/// proportional set size (PSS: shared pages split between the processes sharing them, so twenty servers mapping
/// the same runtime are not counted twenty times).
/// </summary>
internal static class ProcessTree
{
    /// <summary>Every live descendant of <paramref name="root"/> with its command line (arguments joined by spaces).</summary>
    public static IReadOnlyList<(int Pid, string CommandLine)> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ParentOf(pid) is { } parent)
            {
                parents[pid] = parent;
            }
        }

        var result = new List<(int, string)>();
        foreach (var pid in parents.Keys)
        {
            for (var p = pid; parents.TryGetValue(p, out var parent) && p > 1; p = parent)
            {
                if (parent == root)
                {
                    result.Add((pid, CommandLine(pid)));
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>PSS in bytes (0 when the process is gone or unreadable).</summary>
    public static long PssBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/smaps_rollup").FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }

    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Trim();

    private static int? ParentOf(int pid)
    {
        try
        {
            // The command name (2nd field) may hold spaces and parentheses: the parent pid follows the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
