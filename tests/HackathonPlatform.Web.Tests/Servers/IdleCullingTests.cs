using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace HackathonPlatform.Web.Tests.Servers;

public sealed class IdleCullingTests(IdleCullingTests.ImpatientHub hub) : IClassFixture<IdleCullingTests.ImpatientHub>
{
    [Fact]
    public async Task A_server_without_activity_is_stopped_after_the_configured_time_and_says_why()
    {
        var organiser = await hub.CreateUserAsync("idle-organiser", PlatformRoles.Organiser);
        var hackathon = await hub.CreateHackathonAsync(organiser, "Idle");
        var member = await hub.CreateUserAsync("idle-member");
        await hub.ApplyAsync(hackathon, member);
        var group = await hub.GroupAsync(hackathon, "Sleepy", member);
        using var client = hub.NewClient();
        await client.SignInAsync(member.Email!, HubFactory.Password);
        var url = $"/api/servers/group-{group.Id}";

        await client.Http.PostAsync($"{url}/start", null);
        var clock = Stopwatch.StartNew();
        JsonElement view;
        do
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), "The server neither started nor was culled in time.");
            await Task.Delay(500);
            view = await client.Http.GetFromJsonAsync<JsonElement>(url);
        }
        while (!view.GetProperty("message").ToString().Contains("without activity", StringComparison.Ordinal));

        Assert.Equal("Stopped", view.GetProperty("state").ToString());
        Assert.Contains("Stopped after 3 seconds without activity", view.GetProperty("message").ToString(), StringComparison.Ordinal);
    }

    /// <summary>A hub whose culler stops servers after 3 s without activity, looking every second.</summary>
    public sealed class ImpatientHub : HubFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Servers:IdleMinutes", "0.05");
            builder.UseSetting("Servers:CullIntervalSeconds", "1");
            builder.UseSetting("Servers:WarmKernel", "false");
        }
    }
}
