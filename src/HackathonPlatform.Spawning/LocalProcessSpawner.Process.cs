using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace HackathonPlatform.Spawning;

/// <summary>Launching, probing and killing the server process.</summary>
public sealed partial class LocalProcessSpawner
{
    // The server's output goes to a file, not to pipes owned by the hub: a pipe would break (and
    // the server die of SIGPIPE) when the hub restarts, which is exactly when re-attaching matters.
    private const string Redirect = "exec \"$@\" </dev/null >>\"$HACKATHON_SERVER_LOG\" 2>&1";
    private static readonly string[] SetsidPaths = ["/usr/bin/setsid", "/bin/setsid"];

    private string LogFile => _options.LogFile ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(_options.Workspace).TrimEnd('/'))!, $".{Path.GetFileName(_options.Workspace.TrimEnd('/'))}.server.log");

    private string? TryLaunch(int port, string token)
    {
        var server = Path.GetFullPath(_options.ServerPath);
        if (!File.Exists(server))
        {
            return $"The server program {server} does not exist.";
        }

        Directory.CreateDirectory(_options.Workspace);
        var command = new List<string>();
        if (server.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            command.Add(DotnetPath());
        }

        command.AddRange([server, "--workspace", Path.GetFullPath(_options.Workspace), "--port", UnixProcess.Format(port), "--base-path", _options.BasePath, "--warm-kernel", _options.WarmKernel ? "true" : "false"]);
        if (_options.KernelHostPath is { } kernel)
        {
            command.AddRange(["--kernel-host", Path.GetFullPath(kernel)]);
        }

        if (_options.ExitWithHub)
        {
            command.AddRange(["--parent-pid", UnixProcess.Format(Environment.ProcessId)]);
        }

        command.AddRange(_options.ServerArguments);
        // setsid: the server gets its own session, so a Ctrl+C or a stop of the hub does not reach it.
        var setsid = SetsidPaths.FirstOrDefault(File.Exists);
        var info = new ProcessStartInfo(setsid ?? "/bin/sh") { UseShellExecute = false };
        foreach (var argument in (setsid is null ? new List<string>() : ["/bin/sh"]).Concat(["-c", Redirect, "hackathon-notebook-server"]).Concat(command))
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment.Clear();
        info.Environment["PATH"] = "/usr/local/bin:/usr/bin:/bin";
        info.Environment["LANG"] = "C.UTF-8";
        info.Environment["HOME"] = Path.GetFullPath(_options.Workspace);
        info.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(DotnetPath())!;
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["HACKATHON_SERVER_LOG"] = LogFile;
        info.Environment["HACKATHON_NOTEBOOK_TOKEN"] = token;
        foreach (var (key, value) in _options.Environment)
        {
            info.Environment[key] = value;
        }

        try
        {
            _process = Process.Start(info) ?? throw new InvalidOperationException("Process.Start returned null.");
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return $"The server could not be started: {ex.Message}";
        }

        (_pid, _startTime, _lastExitStatus) = (_process.Id, UnixProcess.StartTime(_process.Id), null);
        return null;
    }

    private string DotnetPath()
    {
        if (_options.DotnetPath is { } configured)
        {
            return configured;
        }

        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return fromSdk is { Length: > 0 } && File.Exists(fromSdk)
            ? fromSdk
            : Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", "dotnet"));
    }

    private static async Task<bool> AnswersAsync(Uri url, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, "api/status"));
        request.Headers.Authorization = new AuthenticationHeaderValue("token", token);
        try
        {
            using var response = await Http.SendAsync(request, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void KillTree(int pid)
    {
        try
        {
            using var process = _process is null ? Process.GetProcessById(pid) : null;
            var target = (_process ?? process)!;
            target.Kill(entireProcessTree: true);
            target.WaitForExit(5000);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    private void Forget(int exitStatus)
    {
        _process?.Dispose();
        (_process, _pid, _startTime, _lastExitStatus, Endpoint) = (null, null, null, exitStatus, null);
    }

    private string LogTail()
    {
        try
        {
            var lines = File.ReadLines(LogFile).TakeLast(5);
            return "Last log lines: " + string.Join(" | ", lines);
        }
        catch (IOException)
        {
            return "";
        }
    }
}
