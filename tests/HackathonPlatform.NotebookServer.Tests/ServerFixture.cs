using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace HackathonPlatform.NotebookServer.Tests;

/// <summary>The real server program on a free loopback port, with a fresh workspace; killed (with its kernels) on disposal.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string Token = "test-token-0123456789";
    public const string BasePath = "/servers/group-a/";
    private Process? _process;

    public string Workspace { get; } = Directory.CreateTempSubdirectory("server-ws-").FullName;

    public int Port { get; } = FreePort();

    public Uri BaseUri => new($"http://127.0.0.1:{Port}{BasePath}");

    /// <summary>A client that sends the token, as the hub's proxy does.</summary>
    public HttpClient Client { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var server = Path.Combine(AppContext.BaseDirectory, "..", "..", "HackathonPlatform.NotebookServer", Path.GetFileName(AppContext.BaseDirectory.TrimEnd('/')), "hackathon-notebook-server.dll");
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { Path.GetFullPath(server), "--workspace", Workspace, "--port", Port.ToString(), "--base-path", BasePath, "--cell-timeout", "20", "--parent-pid", Environment.ProcessId.ToString() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["HACKATHON_NOTEBOOK_TOKEN"] = Token;
        _process = Process.Start(info)!;
        _process.ErrorDataReceived += (_, e) => { };
        _process.BeginErrorReadLine();
        _process.OutputDataReceived += (_, e) => { };
        _process.BeginOutputReadLine();
        Anonymous = new HttpClient { BaseAddress = BaseUri };
        Client = new HttpClient { BaseAddress = BaseUri };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", Token);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await Client.GetAsync("api/status")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(60) && !_process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        Anonymous.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        Directory.Delete(Workspace, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
