using System.Diagnostics;

namespace HackathonPlatform.KernelHost.Tests;

/// <summary>Looks at /proc for the processes of a test: which run inside a folder, whether a pid still lives.</summary>
internal static class ProcessTable
{
    /// <summary>Processes whose current directory is inside one of these folders (a kernel runs in its working directory).</summary>
    public static List<int> RunningIn(IReadOnlyCollection<string> folders) =>
        [.. Pids().Where(pid => Cwd(pid) is { } cwd && folders.Any(f => cwd == f || cwd.StartsWith(f + "/", StringComparison.Ordinal) || cwd.StartsWith(f + " (deleted)", StringComparison.Ordinal)))];

    /// <summary>The pids in /proc now.</summary>
    public static IEnumerable<int> Pids() =>
        Directory.EnumerateDirectories("/proc").Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0).Where(pid => pid > 0);

    /// <summary>
    /// Processes of this test process (its descendants) whose current directory is inside one of these
    /// folders: other test assemblies running at the same time keep kernels in the same temp folder.
    /// </summary>
    public static List<int> OursRunningIn(IReadOnlyCollection<string> folders) =>
        RunningIn(folders).Where(pid => IsDescendantOf(pid, Environment.ProcessId)).ToList();

    /// <summary>Whether <paramref name="ancestor"/> is on the process's parent chain.</summary>
    public static bool IsDescendantOf(int pid, int ancestor)
    {
        for (var (current, hops) = (pid, 0); current > 1 && hops < 64; hops++)
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{current}/stat");
                current = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return false;
            }

            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The processes (not zombies) whose command line contains <paramref name="text"/> (e.g. a folder bubblewrap mounts).</summary>
    public static List<int> Mentioning(string text) =>
        [.. Pids().Where(pid => CommandLine(pid)?.Contains(text, StringComparison.Ordinal) == true && IsAlive(pid))];

    /// <summary>The processes (not zombies) whose real uid is <paramref name="uid"/>.</summary>
    public static List<int> RunningAs(int uid) =>
        [.. Pids().Where(pid => RealUid(pid) == uid && IsAlive(pid))];

    /// <summary>Whether the process exists and is not a zombie.</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < limit, $"{what}: not within {limit.TotalSeconds:0} s");
            await Task.Delay(100);
        }
    }

    private static string? CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The process's real uid, or null when it is gone.</summary>
    public static int? RealUid(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
            return line is null ? null : int.Parse(line.Split('\t')[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? Cwd(int pid)
    {
        try
        {
            return new DirectoryInfo($"/proc/{pid}/cwd").LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
