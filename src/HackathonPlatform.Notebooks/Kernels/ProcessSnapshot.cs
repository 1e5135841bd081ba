using System.Globalization;

namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// One reading of /proc (Linux): parent, session, thread count and start time of every process, as
/// seen from this process's pid namespace. A pid alone may be reused once its process is gone, so
/// a process is identified by its pid and start time together.
/// </summary>
internal sealed class ProcessSnapshot
{
    private readonly Dictionary<int, ProcessEntry> _entries;
    private readonly Lazy<ILookup<int, int>> _children;

    private ProcessSnapshot(Dictionary<int, ProcessEntry> entries)
    {
        _entries = entries;
        _children = new(() => _entries.Values.ToLookup(e => e.ParentPid, e => e.Pid));
    }

    public IEnumerable<ProcessEntry> Entries => _entries.Values;

    /// <summary>Reads every process's <c>/proc/PID/stat</c>; processes that end meanwhile are left out.</summary>
    public static ProcessSnapshot Read()
    {
        var entries = new Dictionary<int, ProcessEntry>();
        if (!OperatingSystem.IsLinux())
        {
            return new ProcessSnapshot(entries);
        }

        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ReadEntry(pid) is { } entry)
            {
                entries[pid] = entry;
            }
        }

        return new ProcessSnapshot(entries);
    }

    /// <summary>The process now running under this pid, or null when there is none.</summary>
    public static ProcessEntry? ReadEntry(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may itself hold spaces and parentheses.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Length < 20 ? null : new ProcessEntry(
            pid,
            fields[0][0],
            Parse(fields[1]),
            Parse(fields[3]),
            Parse(fields[17]),
            ulong.Parse(fields[19], CultureInfo.InvariantCulture));
    }

    /// <summary>The process's pid inside its innermost pid namespace (the last <c>NSpid</c> entry), or null.</summary>
    public static int? InnermostPid(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("NSpid:", StringComparison.Ordinal));
            return line?.Split('\t', StringSplitOptions.RemoveEmptyEntries) is [_, .., var last] ? Parse(last) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public ProcessEntry? Get(int pid) => _entries.TryGetValue(pid, out var entry) ? entry : null;

    /// <summary>All processes below <paramref name="pid"/> in the parent tree (not the process itself).</summary>
    public IEnumerable<ProcessEntry> DescendantsOf(int pid)
    {
        var pending = new Stack<int>(_children.Value[pid]);
        var seen = new HashSet<int>();
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next) && Get(next) is { } entry)
            {
                yield return entry;
                foreach (var child in _children.Value[next])
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static int Parse(string field) => int.Parse(field, CultureInfo.InvariantCulture);
}
