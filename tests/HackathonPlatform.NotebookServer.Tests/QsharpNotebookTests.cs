using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace HackathonPlatform.NotebookServer.Tests;

/// <summary>A notebook whose metadata says Q# gets the Q# kernel (quantum/qsharp-kernel.mjs), sandboxed like C# kernels.</summary>
public sealed class QsharpNotebookTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task A_qsharp_notebook_gets_the_qsharp_kernel_and_Message_prints_hi()
    {
        await SaveNotebookAsync("quantum.ipynb", new JsonObject
        {
            ["kernelspec"] = new JsonObject { ["name"] = "qsharp", ["display_name"] = "Q#", ["language"] = "qsharp" },
            ["language_info"] = new JsonObject { ["name"] = "qsharp" },
        });

        var response = await Client.PostAsJsonAsync("api/kernels", new { path = "quantum.ipynb" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var kernel = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var events = await ExecuteAsync(kernel["id"]!.GetValue<string>(), "Message(\"hi\");");

        Assert.Equal("QSharp", kernel["language"]!.GetValue<string>());
        Assert.Contains(events, e => e!["type"]!.GetValue<string>() == "StandardOutputProduced" && e["text"]!.GetValue<string>() == "hi\n");
        Assert.Equal("CommandSucceeded", events[^1]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_csharp_notebook_still_gets_the_csharp_kernel()
    {
        await SaveNotebookAsync("sharp.ipynb", new JsonObject
        {
            ["kernelspec"] = new JsonObject { ["name"] = ".net-csharp", ["display_name"] = ".NET (C#)", ["language"] = "C#" },
        });

        var response = await Client.PostAsJsonAsync("api/kernels", new { path = "sharp.ipynb" });
        var kernel = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal("CSharp", kernel["language"]!.GetValue<string>());
        Assert.Equal("CommandSucceeded", (await ExecuteAsync(kernel["id"]!.GetValue<string>(), "1+1"))[^1]!["type"]!.GetValue<string>());
    }

    private async Task SaveNotebookAsync(string path, JsonObject metadata)
    {
        var content = new JsonObject
        {
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
            ["metadata"] = metadata,
            ["cells"] = new JsonArray(),
        };
        (await Client.PutAsJsonAsync($"api/contents/{path}", new { type = "notebook", content })).EnsureSuccessStatusCode();
    }

    private async Task<JsonArray> ExecuteAsync(string id, string code)
    {
        var response = await Client.PostAsJsonAsync($"api/kernels/{id}/execute", new { code });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!;
    }
}
