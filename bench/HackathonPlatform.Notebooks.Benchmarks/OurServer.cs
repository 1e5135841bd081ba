using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HackathonPlatform.Spawning;

namespace HackathonPlatform.Notebooks.Benchmarks;

/// <summary>
/// Our side: a notebook server started by <see cref="LocalProcessSpawner"/> exactly as the hub starts one
/// (warm kernel on, exits with this process), its C# kernels, and the kernel WebSocket.
/// </summary>
internal sealed class OurServer : IAsyncDisposable
{
    public const string BasePath = "/servers/bench/";
    private readonly LocalProcessSpawner _spawner;
    private readonly string _workspace;
    private HttpClient? _http;

    private OurServer(LocalProcessSpawner spawner, string workspace) => (_spawner, _workspace) = (spawner, workspace);

    public ServerEndpoint Endpoint => _spawner.Endpoint ?? throw new InvalidOperationException("Not started.");

    /// <summary>Spawns a server; returns when the spawner reports it ready (it answers /api/status).</summary>
    public static async Task<OurServer> SpawnAsync(CancellationToken cancellationToken)
    {
        var workspace = Directory.CreateTempSubdirectory("bench-ours-").FullName;
        var spawner = new LocalProcessSpawner(new LocalSpawnerOptions
        {
            ServerPath = Programs.Find("HackathonPlatform.NotebookServer", "hackathon-notebook-server.dll"),
            Workspace = workspace,
            BasePath = BasePath,
            ExitWithHub = true,
        });
        var server = new OurServer(spawner, workspace);
        try
        {
            await foreach (var progress in spawner.StartAsync(cancellationToken))
            {
                if (progress.Phase == SpawnPhase.Failed)
                {
                    throw new InvalidOperationException(progress.Message);
                }
            }

            server._http = new HttpClient { BaseAddress = server.Endpoint.Url, Timeout = TimeSpan.FromSeconds(120) };
            server._http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("token", server.Endpoint.Token);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async Task<string> StartKernelAsync(CancellationToken cancellationToken)
    {
        var response = await _http!.PostAsJsonAsync("api/kernels", new { path = "bench.ipynb" }, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["id"]!.GetValue<string>();
    }

    /// <summary>The kernel's WebSocket directly (with the token) or through a proxy at <paramref name="proxyOrigin"/> that adds it.</summary>
    public Task<OurKernelSocket> ConnectAsync(string kernel, Uri? proxyOrigin, CancellationToken cancellationToken)
    {
        var origin = proxyOrigin ?? new Uri(Endpoint.Url.GetLeftPart(UriPartial.Authority));
        var uri = new Uri($"ws://{origin.Authority}{BasePath}api/kernels/{kernel}/channels");
        return OurKernelSocket.ConnectAsync(uri, proxyOrigin is null ? Endpoint.Token : null, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        await _spawner.StopAsync(CancellationToken.None);
        try
        {
            Directory.Delete(_workspace, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS's temp cleaning.
        }
        catch (UnauthorizedAccessException)
        {
            // The sandboxed kernel's uid owns files there.
        }
    }
}
