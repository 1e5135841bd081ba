using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HackathonPlatform.NotebookServer.Tests;

/// <summary>The contents API on a real loopback port: files, notebooks, refusals.</summary>
public sealed class ContentsApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string MinimalNotebook = """{"nbformat":4,"nbformat_minor":5,"metadata":{},"cells":[{"cell_type":"code","id":"a1","metadata":{},"source":"1+1","outputs":[],"execution_count":null}]}""";

    private HttpClient Client => server.Client;

    [Theory]
    [InlineData("api/status")]
    [InlineData("api/contents/")]
    [InlineData("api/kernels")]
    public async Task Requests_without_the_token_are_refused(string path)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync($"{path}?token=wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Anonymous.GetAsync($"{path}?token={ServerFixture.Token}")).StatusCode);
    }

    [Fact]
    public async Task A_file_can_be_saved_listed_read_renamed_and_deleted()
    {
        (await Client.PutAsJsonAsync("api/contents/data/input.txt", new { type = "file", content = "42\n", format = "text" })).EnsureSuccessStatusCode();

        var listing = await Client.GetFromJsonAsync<JsonObject>("api/contents/data");
        Assert.Equal("data/input.txt", listing!["content"]![0]!["path"]!.GetValue<string>());
        Assert.Equal("42\n", (await Client.GetFromJsonAsync<JsonObject>("api/contents/data/input.txt"))!["content"]!.GetValue<string>());

        (await Client.PatchAsJsonAsync("api/contents/data/input.txt", new { path = "data/renamed.txt" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("api/contents/data/input.txt")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync("api/contents/data/renamed.txt")).StatusCode);
        Assert.False(File.Exists(Path.Combine(server.Workspace, "data", "renamed.txt")));
    }

    [Fact]
    public async Task A_folder_can_be_made_and_bytes_uploaded_and_downloaded()
    {
        (await Client.PutAsJsonAsync("api/contents/up", new { type = "directory" })).EnsureSuccessStatusCode();
        using var form = new MultipartFormDataContent { { new ByteArrayContent([0, 1, 2, 255]), "file", "blob.bin" } };

        (await Client.PostAsync("api/upload/up", form)).EnsureSuccessStatusCode();

        Assert.Equal([0, 1, 2, 255], await Client.GetByteArrayAsync("api/download/up/blob.bin"));
        Assert.Equal("base64", (await Client.GetFromJsonAsync<JsonObject>("api/contents/up/blob.bin"))!["format"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_notebook_is_saved_in_nbformat_and_read_back()
    {
        var save = await Client.PutAsJsonAsync("api/contents/nb/first.ipynb", new { type = "notebook", content = JsonNode.Parse(MinimalNotebook) });
        save.EnsureSuccessStatusCode();

        var read = await Client.GetFromJsonAsync<JsonObject>("api/contents/nb/first.ipynb");
        Assert.Equal("notebook", read!["type"]!.GetValue<string>());
        var source = read["content"]!["cells"]![0]!["source"]!;
        Assert.Equal("1+1", source is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : source.GetValue<string>());
        Assert.EndsWith("\n", File.ReadAllText(Path.Combine(server.Workspace, "nb", "first.ipynb")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_notebook_opens_with_a_clear_error_and_is_never_overwritten()
    {
        var path = Path.Combine(server.Workspace, "broken.ipynb");
        await File.WriteAllTextAsync(path, "{\"cells\": [ this is not json");

        var open = await Client.GetAsync("api/contents/broken.ipynb");
        var save = await Client.PutAsJsonAsync("api/contents/broken.ipynb", new { type = "notebook", content = JsonNode.Parse(MinimalNotebook) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, open.StatusCode);
        Assert.Contains("cannot be opened as a notebook", (await open.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, save.StatusCode);
        Assert.Equal("{\"cells\": [ this is not json", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Saving_something_that_is_not_a_notebook_as_a_notebook_is_refused()
    {
        var save = await Client.PutAsJsonAsync("api/contents/not.ipynb", new { type = "notebook", content = new { hello = "world" } });

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.False(File.Exists(Path.Combine(server.Workspace, "not.ipynb")));
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("a/../../outside.txt")]
    [InlineData("/etc/passwd")]
    public async Task Paths_that_leave_the_workspace_are_refused(string target)
    {
        (await Client.PutAsJsonAsync("api/contents/inside.txt", new { type = "file", content = "x", format = "text" })).EnsureSuccessStatusCode();

        var rename = await Client.PatchAsJsonAsync("api/contents/inside.txt", new { path = target });
        using var form = new MultipartFormDataContent { { new ByteArrayContent([1]), "file", target } };
        var upload = await Client.PostAsync("api/upload/", form);

        Assert.Equal(HttpStatusCode.BadRequest, rename.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(server.Workspace, "..", "outside.txt"))));
    }

    [Fact]
    public async Task Encoded_dot_segments_in_the_url_do_not_leave_the_workspace()
    {
        var response = await Client.GetAsync("api/contents/%2e%2e/%2e%2e/%2e%2e/etc/passwd");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_symbolic_link_out_of_the_workspace_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(server.Workspace, "escape"), "/etc");

        var read = await Client.GetAsync("api/contents/escape/passwd");
        var write = await Client.PutAsJsonAsync("api/contents/escape/evil.txt", new { type = "file", content = "x", format = "text" });

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.False(File.Exists("/etc/evil.txt"));
    }

    [Fact]
    public async Task The_front_end_is_served_at_the_base_path_with_the_token_only()
    {
        var page = await Client.GetAsync("");

        Assert.True(page.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, page.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync("")).StatusCode);
    }

    [Fact]
    public async Task Errors_are_problem_details_with_a_detail_for_the_front_end()
    {
        var response = await Client.GetAsync("api/contents/missing.txt");

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("does not exist", (await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_reports_isolation_and_is_not_counted_as_activity()
    {
        var first = await Client.GetFromJsonAsync<JsonObject>("api/status");
        await Task.Delay(50);
        var second = await Client.GetFromJsonAsync<JsonObject>("api/status");

        Assert.Equal(first!["lastActivity"]!.ToJsonString(), second!["lastActivity"]!.ToJsonString());
        Assert.Equal(JsonValueKind.True, second["isolation"]!["resourceLimits"]!.GetValueKind());
    }
}
