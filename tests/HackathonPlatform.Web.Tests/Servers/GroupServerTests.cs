using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Spawning;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Servers;

/// <summary>Real notebook server processes started by the local spawner, reached through the hub's proxy.</summary>
public sealed class GroupServerTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_member_starts_the_group_server_works_through_the_proxy_and_a_killed_server_restarts_with_its_files()
    {
        var organiser = await hub.CreateUserAsync("srv-organiser", PlatformRoles.Organiser);
        var hackathon = await hub.CreateHackathonAsync(organiser, "Servers");
        var alice = await hub.CreateUserAsync("srv-alice");
        var bob = await hub.CreateUserAsync("srv-bob");
        await hub.ApplyAsync(hackathon, alice);
        await hub.ApplyAsync(hackathon, bob);
        var groupA = await hub.GroupAsync(hackathon, "A", alice);
        await hub.GroupAsync(hackathon, "B", bob);
        using var a = hub.NewClient();
        await a.SignInAsync(alice.Email!, HubFactory.Password);
        using var b = hub.NewClient();
        await b.SignInAsync(bob.Email!, HubFactory.Password);
        var owner = $"group-{groupA.Id}";

        await StartAndWaitAsync(a, owner);

        var listing = await a.GetAsync($"/servers/{owner}/api/contents/");
        Assert.Equal(HttpStatusCode.OK, listing.StatusCode);
        var notebook = """{"nbformat":4,"nbformat_minor":5,"metadata":{},"cells":[{"id":"c1","cell_type":"markdown","metadata":{},"source":"kept"}]}""";
        var saved = await a.Http.PutAsync($"/servers/{owner}/api/contents/kept.ipynb",
            new StringContent($$"""{"type":"notebook","content":{{notebook}}}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await b.GetAsync($"/servers/{owner}/api/contents/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await b.Http.PostAsync($"/api/servers/{owner}/start", null)).StatusCode);

        // Kill the server as a crash would: the hub must notice and offer a restart.
        KillProcessGroup(await ServerPidAsync(owner));
        await WaitForAsync(async () => (await StateAsync(a, owner)) == "Stopped", TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.Redirect, (await a.GetAsync($"/servers/{owner}/api/contents/")).StatusCode);

        await StartAndWaitAsync(a, owner);
        var reopened = await a.Http.GetFromJsonAsync<JsonElement>($"/servers/{owner}/api/contents/kept.ipynb");
        // Saved as Jupyter writes it: the source as a list of lines.
        var source = reopened.GetProperty("content").GetProperty("cells")[0].GetProperty("source");
        Assert.Equal("kept", string.Concat(source.EnumerateArray().Select(line => line.GetString())));

        Assert.Equal(HttpStatusCode.OK, (await a.Http.PostAsync($"/api/servers/{owner}/stop", null)).StatusCode);
        Assert.Equal("Stopped", await StateAsync(a, owner));
    }

    private static async Task StartAndWaitAsync(HubClient client, string owner)
    {
        var started = await client.Http.PostAsync($"/api/servers/{owner}/start", null);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        await WaitForAsync(async () =>
        {
            var view = await client.Http.GetFromJsonAsync<JsonElement>($"/api/servers/{owner}");
            var state = view.GetProperty("state").ToString();
            Assert.True(state != "Failed", "The server failed: " + view.GetProperty("message"));
            return state == "Ready";
        }, StartLimit);
    }

    private static async Task<string> StateAsync(HubClient client, string owner) =>
        (await client.Http.GetFromJsonAsync<JsonElement>($"/api/servers/{owner}")).GetProperty("state").ToString();

    private async Task<int> ServerPidAsync(string owner) =>
        await hub.WithScopeAsync(async sp =>
        {
            var record = await sp.GetRequiredService<HubDbContext>().NotebookServers.AsNoTracking().SingleAsync(r => r.OwnerKey == owner);
            return int.Parse(hub.SavedState(record).Get("pid")!, System.Globalization.CultureInfo.InvariantCulture);
        });

    private static void KillProcessGroup(int pid)
    {
        using var server = Process.GetProcessById(pid);
        server.Kill(entireProcessTree: true);
        server.WaitForExit(10_000);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < limit, $"Not reached within {limit.TotalSeconds} s.");
            await Task.Delay(250);
        }
    }
}
