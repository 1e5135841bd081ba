using System.Globalization;
using System.Runtime.InteropServices;

namespace HackathonPlatform.Spawning;

/// <summary>Process facts and signals the .NET process API lacks: start time (against pid reuse) and SIGTERM.</summary>
internal static partial class UnixProcess
{
    private const int SigTerm = 15;

    /// <summary>The process's start time in clock ticks since boot (/proc/PID/stat field 22), or null when it is gone.</summary>
    public static string? StartTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields[19];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Whether the process runs and is the one that started at <paramref name="startTime"/> (a zombie counts as gone).</summary>
    public static bool IsAlive(int pid, string? startTime)
    {
        var now = StartTime(pid);
        if (now is null || (startTime is not null && now != startTime))
        {
            return false;
        }

        try
        {
            return !File.ReadAllText($"/proc/{pid}/stat").Split(')')[^1].TrimStart().StartsWith('Z');
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Asks a process to stop (SIGTERM).</summary>
    public static void Terminate(int pid) => _ = Kill(pid, SigTerm);

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
