using System.Diagnostics;

namespace HackathonPlatform.KernelHost.Tests;

/// <summary>Looks at /proc for the processes of a test: which run inside a folder, whether a pid still lives.</summary>
internal static class ProcessTable
{
    /// <summary>Processes whose current directory is inside one of these folders (a kernel runs in its working directory).</summary>
    public static List<int> RunningIn(IReadOnlyCollection<string> folders) =>
        Directory.EnumerateDirectories("/proc").Select(d => (Dir: d, Ok: int.TryParse(Path.GetFileName(d), out var pid), Pid: pid)).Where(p => p.Ok)
            .Where(p => Cwd(p.Dir) is { } cwd && folders.Any(f => cwd == f || cwd.StartsWith(f + "/", StringComparison.Ordinal) || cwd.StartsWith(f + " (deleted)", StringComparison.Ordinal)))
            .Select(p => p.Pid).ToList();

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

    private static string? Cwd(string procDir)
    {
        try
        {
            return new DirectoryInfo(Path.Combine(procDir, "cwd")).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
