using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace HackathonPlatform.Notebooks.Benchmarks;

/// <summary>
/// JupyterHub 3.0 from Debian (FACTS.md's working root config: dummy authenticator, SimpleLocalProcessSpawner,
/// a service token with admin scopes), its configurable-http-proxy, and single-user jupyter servers with
/// Python kernels. The single-user server listens on a fixed port so it can also be reached directly.
/// </summary>
internal sealed class JupyterHubHost : IAsyncDisposable
{
    private const string Token = "bench-service-token-0123456789abcdef";
    private readonly Process _hub;
    private readonly string _folder;
    private readonly HttpClient _http;

    private JupyterHubHost(Process hub, string folder, int proxyPort, int serverPort)
    {
        (_hub, _folder, ProxyPort, ServerPort) = (hub, folder, proxyPort, serverPort);
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{proxyPort}/"), Timeout = TimeSpan.FromSeconds(60) };
        _http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("token", Token);
    }

    public int ProxyPort { get; }

    /// <summary>The port every single-user server listens on (one runs at a time).</summary>
    public int ServerPort { get; }

    public static async Task<JupyterHubHost> StartAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("bench-jupyterhub-").FullName;
        var (proxy, api, hubPort, server) = (FreePort(), FreePort(), FreePort(), FreePort());
        var config = Path.Combine(folder, "jupyterhub_config.py");
        await File.WriteAllTextAsync(config, $$"""
            c = get_config()
            c.JupyterHub.authenticator_class = 'dummy'
            c.JupyterHub.spawner_class = 'simple'
            c.SimpleLocalProcessSpawner.home_dir_template = '{{folder}}/home/{username}'
            c.Spawner.cmd = ['/usr/bin/jupyterhub-singleuser']
            c.Spawner.args = ['--allow-root']
            c.Spawner.ip = '127.0.0.1'
            c.Spawner.port = {{server}}
            c.Spawner.start_timeout = 90
            c.Spawner.http_timeout = 90
            c.JupyterHub.ip = '127.0.0.1'
            c.JupyterHub.port = {{proxy}}
            c.JupyterHub.hub_ip = '127.0.0.1'
            c.JupyterHub.hub_port = {{hubPort}}
            c.ConfigurableHTTPProxy.api_url = 'http://127.0.0.1:{{api}}'
            c.ConfigurableHTTPProxy.pid_file = '{{folder}}/proxy.pid'
            c.JupyterHub.pid_file = '{{folder}}/hub.pid'
            c.JupyterHub.db_url = 'sqlite:///{{folder}}/hub.sqlite'
            c.JupyterHub.cookie_secret_file = '{{folder}}/cookie_secret'
            c.JupyterHub.cleanup_servers = True
            c.JupyterHub.services = [{'name': 'bench', 'api_token': '{{Token}}'}]
            c.JupyterHub.load_roles = [{'name': 'bench', 'services': ['bench'],
                'scopes': ['admin:users', 'admin:servers', 'access:servers', 'read:users', 'list:users']}]
            """, cancellationToken);
        var log = new List<string>();
        var hub = ChildProcesses.Start(JupyterTools.Command("/usr/bin/jupyterhub", folder, "-f", config), line => { lock (log) { log.Add(line); } });
        var host = new JupyterHubHost(hub, folder, proxy, server);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (hub.HasExited || clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new InvalidOperationException($"JupyterHub did not start: {string.Join(" | ", log.TakeLast(8))}");
            }

            try
            {
                if ((await host._http.GetAsync("hub/api/", cancellationToken)).IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not up yet.
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>Creates the user and starts its server; returns when the hub says it is ready.</summary>
    public async Task SpawnAsync(string user, CancellationToken cancellationToken)
    {
        await _http.PostAsync($"hub/api/users/{user}", null, cancellationToken);
        var start = await _http.PostAsync($"hub/api/users/{user}/server", null, cancellationToken);
        if (start.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Accepted))
        {
            throw new InvalidOperationException($"JupyterHub refused to spawn: {(int)start.StatusCode} {await start.Content.ReadAsStringAsync(cancellationToken)}");
        }

        while (true)
        {
            var model = await _http.GetFromJsonAsync<JsonObject>($"hub/api/users/{user}", cancellationToken);
            if (model?["servers"]?[""]?["ready"]?.GetValue<bool>() == true)
            {
                return;
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>Stops the user's server and waits until the hub no longer lists it.</summary>
    public async Task StopServerAsync(string user, CancellationToken cancellationToken)
    {
        await _http.DeleteAsync($"hub/api/users/{user}/server", cancellationToken);
        while ((await _http.GetFromJsonAsync<JsonObject>($"hub/api/users/{user}", cancellationToken))?["servers"]?[""] is not null)
        {
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>Starts a python3 kernel through the proxy; returns its id.</summary>
    public async Task<string> StartKernelAsync(string user, CancellationToken cancellationToken)
    {
        var response = await _http.PostAsJsonAsync($"user/{user}/api/kernels", new { name = "python3" }, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["id"]!.GetValue<string>();
    }

    /// <summary>The kernel's WebSocket through the hub's proxy, or directly to the single-user server.</summary>
    public Task<JupyterKernelSocket> ConnectAsync(string user, string kernel, bool direct, CancellationToken cancellationToken) =>
        JupyterKernelSocket.ConnectAsync(new Uri($"ws://127.0.0.1:{(direct ? ServerPort : ProxyPort)}/user/{user}/api/kernels/{kernel}/channels"), Token, cancellationToken);

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        // SIGTERM first: the hub then stops its single-user servers and its proxy itself.
        ChildProcesses.Stop(_hub, TimeSpan.FromSeconds(15));
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A server still writing its files; the temp folder is not worth failing for.
        }

        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
