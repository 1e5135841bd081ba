using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace HackathonPlatform.Spawning.Tests;

/// <summary>What only the local backend can show: killed servers, kept workspaces, scrubbed environments.</summary>
public sealed class LocalProcessSpawnerTests : IAsyncLifetime, IDisposable
{
    private readonly SpawnerTestFolder _folder = new();
    private readonly LocalProcessSpawner _spawner;

    public LocalProcessSpawnerTests() => _spawner = new LocalProcessSpawner(_folder.Options);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _spawner.StopAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_killed_server_shows_as_stopped()
    {
        await StartAsync(_spawner);

        using (var process = Process.GetProcessById(_spawner.ProcessId!.Value))
        {
            process.Kill();
        }

        var clock = Stopwatch.StartNew();
        while (await _spawner.PollAsync() is null)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "still shown as running");
            await Task.Delay(50);
        }

        Assert.Null(_spawner.Endpoint);
    }

    [Fact]
    public async Task A_restarted_server_keeps_the_saved_notebooks()
    {
        await StartAsync(_spawner);
        const string Notebook = """{"nbformat":4,"nbformat_minor":5,"metadata":{},"cells":[{"cell_type":"markdown","id":"m1","metadata":{},"source":"kept"}]}""";
        using (var client = Client(_spawner.Endpoint!))
        {
            (await client.PutAsJsonAsync("api/contents/work.ipynb", new { type = "notebook", content = JsonNode.Parse(Notebook) })).EnsureSuccessStatusCode();
        }

        await _spawner.StopAsync();
        await StartAsync(_spawner);

        using var again = Client(_spawner.Endpoint!);
        var read = await again.GetFromJsonAsync<JsonObject>("api/contents/work.ipynb");
        Assert.Contains("kept", read!["content"]!["cells"]![0]!["source"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_answers_only_with_its_token_and_inherits_no_hub_secret()
    {
        Environment.SetEnvironmentVariable("HUB_DATABASE_PASSWORD", "hunter2");
        await StartAsync(_spawner);
        using var anonymous = new HttpClient { BaseAddress = _spawner.Endpoint!.Url };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("api/status")).StatusCode);
        var environment = await File.ReadAllTextAsync($"/proc/{_spawner.ProcessId}/environ");
        Assert.DoesNotContain("hunter2", environment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_for_idle_culling_is_read_with_the_token()
    {
        await StartAsync(_spawner);
        using var http = new HttpClient();

        var status = await ServerStatusClient.GetAsync(http, _spawner.Endpoint!);

        Assert.NotNull(status);
        Assert.Equal(0, status.Kernels);
        Assert.True(status.LastActivity <= DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task A_server_told_to_exit_with_its_hub_stops_when_the_hub_is_gone()
    {
        using var fakeHub = Process.Start("/bin/sleep", "30");
        var spawner = new LocalProcessSpawner(_folder.Options with { ServerArguments = ["--parent-pid", fakeHub.Id.ToString()] });
        await StartAsync(spawner);

        fakeHub.Kill();
        var clock = Stopwatch.StartNew();
        while (await spawner.PollAsync() is null)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), "the server outlived its hub");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_missing_server_program_fails_with_the_reason()
    {
        var spawner = new LocalProcessSpawner(_folder.Options with { ServerPath = Path.Combine(_folder.Root, "missing.dll") });

        var last = (await Collect(spawner))[^1];

        Assert.Equal(SpawnPhase.Failed, last.Phase);
        Assert.Contains("does not exist", last.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_crashes_at_start_fails_with_its_log()
    {
        var spawner = new LocalProcessSpawner(_folder.Options with { ServerArguments = ["--memory-mb", "not-a-number"] });

        var last = (await Collect(spawner))[^1];

        Assert.Equal(SpawnPhase.Failed, last.Phase);
        Assert.Contains("exited with status", last.Reason, StringComparison.Ordinal);
        Assert.NotNull(await spawner.PollAsync());
    }

    private static HttpClient Client(ServerEndpoint endpoint)
    {
        var client = new HttpClient { BaseAddress = endpoint.Url };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", endpoint.Token);
        return client;
    }

    private static async Task StartAsync(LocalProcessSpawner spawner)
    {
        var last = (await Collect(spawner))[^1];
        Assert.True(last.Phase == SpawnPhase.Ready, last.Message);
    }

    private static async Task<List<SpawnProgress>> Collect(LocalProcessSpawner spawner)
    {
        var events = new List<SpawnProgress>();
        await foreach (var progress in spawner.StartAsync())
        {
            events.Add(progress);
        }

        return events;
    }
}
