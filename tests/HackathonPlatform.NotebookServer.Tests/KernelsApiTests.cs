using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.NotebookServer.Tests;

/// <summary>Kernels through the server: start, run over the WebSocket, interrupt, limits; the server stays up.</summary>
public sealed class KernelsApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task A_kernel_runs_1_plus_1_over_the_websocket_and_streams_stdout()
    {
        var id = await StartKernelAsync();
        using var socket = await KernelSocketClient.ConnectAsync(server, id);

        await socket.SendAsync(new SubmitCode("c1", "Console.WriteLine(\"streamed\"); 1+1"));
        var events = await socket.ReadUntilDoneAsync("c1");

        Assert.Equal("streamed\n", Assert.Single(events.OfType<StandardOutputProduced>()).Text);
        Assert.Equal("2", events.OfType<ReturnValueProduced>().Single().FormattedValues.First(v => v.MimeType == "text/plain").Value);
        Assert.IsType<CommandSucceeded>(events[^1]);
    }

    [Fact]
    public async Task An_infinite_loop_is_interrupted_and_the_kernel_restarts()
    {
        var id = await StartKernelAsync();
        using var socket = await KernelSocketClient.ConnectAsync(server, id);
        await socket.SendAsync(new SubmitCode("loop", "while (true) { }"));
        await Task.Delay(1000);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.PostAsync($"api/kernels/{id}/interrupt", null)).StatusCode);
        var events = await socket.ReadUntilDoneAsync("loop");

        Assert.Equal(KernelErrorNames.KernelInterrupted, Assert.IsType<CommandFailed>(events[^1]).ErrorName);
        await socket.SendAsync(new SubmitCode("after", "3*3"));
        Assert.IsType<CommandSucceeded>((await socket.ReadUntilDoneAsync("after"))[^1]);
        Assert.Equal(1, (await Client.GetFromJsonAsync<JsonObject>($"api/kernels/{id}"))!["restarts"]!.GetValue<int>());
    }

    [Fact]
    public async Task Allocating_50_GB_and_forking_endlessly_are_stopped_and_the_server_stays_up()
    {
        var id = await StartKernelAsync();

        var memory = await ExecuteAsync(id, "var keep = new List<byte[]>(); while (true) keep.Add(GC.AllocateUninitializedArray<byte>(1 << 30));");
        var fork = await ExecuteAsync(id, "try { while (true) System.Diagnostics.Process.Start(\"/bin/sleep\", \"30\"); } catch (Exception e) { Console.Write(e.GetType().Name); }");

        Assert.Equal(KernelErrorNames.OutOfMemory, memory[^1]!["errorName"]!.GetValue<string>());
        Assert.NotNull(fork[^1]);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("api/status")).StatusCode);
        Assert.Equal("CommandSucceeded", (await ExecuteAsync(id, "1"))[^1]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_kernel_for_a_notebook_in_a_folder_starts_in_that_folder()
    {
        Directory.CreateDirectory(Path.Combine(server.Workspace, "week1"));
        var response = await Client.PostAsJsonAsync("api/kernels", new { path = "week1/exercise.ipynb" });
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var events = await ExecuteAsync(id, "System.IO.Path.GetFileName(System.Environment.CurrentDirectory)");

        Assert.Contains("week1", events[0]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kernels_are_listed_and_shut_down()
    {
        var id = await StartKernelAsync();

        Assert.Contains(await Client.GetFromJsonAsync<JsonArray>("api/kernels") ?? [], k => k!["id"]!.GetValue<string>() == id);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"api/kernels/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"api/kernels/{id}")).StatusCode);
    }

    private async Task<string> StartKernelAsync()
    {
        var response = await Client.PostAsJsonAsync("api/kernels", new { path = "notebook.ipynb" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    private async Task<JsonArray> ExecuteAsync(string id, string code)
    {
        var response = await Client.PostAsJsonAsync($"api/kernels/{id}/execute", new { code });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!;
    }
}
