using System.Collections.Concurrent;
using System.Diagnostics;

namespace HackathonPlatform.Notebooks.Benchmarks;

/// <summary>
/// Every process a benchmark starts, so that all of them (with their children: JupyterHub's proxy and
/// single-user servers, kernels) are stopped after each benchmark, on failure and at exit.
/// </summary>
internal static class ChildProcesses
{
    private static readonly ConcurrentDictionary<int, Process> Running = new();

    /// <summary>Starts a process with its output drained (a full pipe would stall it) into <paramref name="log"/>.</summary>
    public static Process Start(ProcessStartInfo info, Action<string>? log = null)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {info.FileName}.");
        Running[process.Id] = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) log?.Invoke(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log?.Invoke(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs a command to its end (killed at the token) and returns its exit code.</summary>
    public static async Task<int> RunAsync(ProcessStartInfo info, CancellationToken cancellationToken, Action<string>? log = null)
    {
        var process = Start(info, log);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode;
        }
        finally
        {
            Stop(process, TimeSpan.Zero);
        }
    }

    /// <summary>SIGTERM (JupyterHub then stops its servers and proxy), then the whole tree is killed after <paramref name="grace"/>.</summary>
    public static void Stop(Process process, TimeSpan grace)
    {
        try
        {
            if (!process.HasExited && grace > TimeSpan.Zero)
            {
                Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])?.WaitForExit();
                process.WaitForExit(grace);
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }

        Running.TryRemove(process.Id, out _);
    }

    /// <summary>Stops every process still running.</summary>
    public static void StopAll()
    {
        foreach (var process in Running.Values)
        {
            Stop(process, TimeSpan.FromSeconds(5));
        }
    }
}
