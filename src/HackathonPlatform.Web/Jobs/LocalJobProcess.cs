using System.Diagnostics;
using System.Globalization;

namespace HackathonPlatform.Web.Jobs;

/// <summary>
/// A local job's detached process, saved as "pid@start" (start in Unix milliseconds) so a restarted hub finds it
/// again and does not mistake a recycled pid for it.
/// </summary>
internal sealed record LocalJobProcess(int ProcessId, DateTimeOffset StartedAt)
{
    private static readonly string[] SetsidPaths = ["/usr/bin/setsid", "/bin/setsid"];

    public string Id => string.Create(CultureInfo.InvariantCulture, $"{ProcessId}@{StartedAt.ToUnixTimeMilliseconds()}");

    /// <summary>Runs <paramref name="inner"/> through <c>setsid sh -c WRAPPER job ARGS... COMMAND...</c>, in its own session.</summary>
    public static LocalJobProcess Start(ProcessStartInfo inner, string wrapper, IReadOnlyList<string> wrapperArguments)
    {
        var setsid = SetsidPaths.FirstOrDefault(File.Exists);
        var info = new ProcessStartInfo(setsid ?? "/bin/sh") { UseShellExecute = false, WorkingDirectory = inner.WorkingDirectory };
        var arguments = (setsid is null ? new List<string>() : ["/bin/sh"]).Concat(["-c", wrapper, "hackathon-job"]).Concat(wrapperArguments)
            .Concat([inner.FileName]).Concat(inner.ArgumentList);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment.Clear();
        foreach (var (key, value) in inner.Environment)
        {
            info.Environment[key] = value;
        }

        try
        {
            using var process = Process.Start(info) ?? throw new JobBackendException("The job's process could not be started.");
            return new LocalJobProcess(process.Id, process.StartTime.ToUniversalTime());
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new JobBackendException($"The job's process could not be started: {ex.Message}", ex);
        }
    }

    public static LocalJobProcess Parse(string? id)
    {
        var parts = (id ?? "").Split('@');
        return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var pid) && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var ms)
            ? new LocalJobProcess(pid, DateTimeOffset.FromUnixTimeMilliseconds(ms))
            : throw new JobBackendException($"'{id}' is not a local job's process id.");
    }

    /// <summary>Whether the process runs and is the one that started at <see cref="StartedAt"/> (not a recycled pid).</summary>
    public bool IsAlive()
    {
        try
        {
            using var process = Process.GetProcessById(ProcessId);
            return !process.HasExited && (process.StartTime.ToUniversalTime() - StartedAt).Duration() < TimeSpan.FromSeconds(1);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Kills the job's whole tree (the shell, the sandbox and the script's processes).</summary>
    public void Kill()
    {
        try
        {
            using var process = Process.GetProcessById(ProcessId);
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }
}
