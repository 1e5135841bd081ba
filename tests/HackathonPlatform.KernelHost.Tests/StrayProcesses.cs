using System.Diagnostics;

namespace HackathonPlatform.KernelHost.Tests;

/// <summary>
/// Processes a test's cells start, found in /proc by a marker they carry as their argv[0] (<c>exec -a</c>),
/// wherever they were reparented to; and the cell code that starts them.
/// </summary>
internal sealed class StrayProcesses : IDisposable
{
    /// <summary>The argv[0] of this test's processes, unique per instance.</summary>
    public string Marker { get; } = $"stray-{Guid.NewGuid():N}";

    /// <summary>C# for a cell: a bash that execs <c>sleep 600</c> under the marker (a direct child of the kernel).</summary>
    public string StartChild() => Start($"exec -a {Marker} /bin/sleep 600");

    /// <summary>C# for a cell: a bash that puts <c>sleep 600</c> in the background and exits, orphaning it.</summary>
    public string StartOrphan() => Start($"(exec -a {Marker} /bin/sleep 600) & exit 0") + ".WaitForExit();";

    /// <summary>The pids of the marked processes that still run (zombies only wait to be reaped).</summary>
    public List<int> Running() =>
        [.. ProcessTable.Pids().Where(pid => Argv0(pid) == Marker && ProcessTable.IsAlive(pid))];

    /// <summary>Kills what is left, so that a failed test does not leave sleeps behind.</summary>
    public void Dispose()
    {
        foreach (var pid in Running())
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Gone meanwhile.
            }
        }
    }

    /// <summary>C# for a cell: starts a shell fork bomb and returns at once.</summary>
    public static string StartShellBomb() => Start("b(){ b|b& }; b") + ";";

    // Through ArgumentList: the string overload of Process.Start splits on spaces and ignores single quotes.
    private static string Start(string script) =>
        $$"""System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/bin/bash") { ArgumentList = { "-c", "{{script}}" } })""";

    private static string? Argv0(int pid)
    {
        try
        {
            var cmdline = File.ReadAllText($"/proc/{pid}/cmdline");
            var end = cmdline.IndexOf('\0', StringComparison.Ordinal);
            return end < 0 ? cmdline : cmdline[..end];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
