using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Web.Servers;
using HackathonPlatform.Web.Tests.Infrastructure;
using HackathonPlatform.Web.Tests.Usage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Servers;

/// <summary>
/// An organiser allocates a flavour to a group on the dashboard or through the API. The hub (<see cref="UsageHub"/>)
/// offers "cpu" (the default, for everyone) and "gpu-a100" (only for groups named "Gpu team").
/// </summary>
public sealed class FlavourAllocationTests(UsageHub hub) : IClassFixture<UsageHub>
{
    [Fact]
    public async Task The_dashboard_offers_each_group_only_its_flavours_and_saves_the_allocation()
    {
        var (organiser, hackathon) = await HackathonAsync("alloc-page");
        var gpuTeam = await hub.GroupAsync(hackathon, "Gpu team");
        var plain = await hub.GroupAsync(hackathon, "Plain");
        using var client = await SignedInAsync(organiser);

        var page = await client.Http.GetStringAsync($"/organise/{hackathon.Id}");
        using var response = await client.PostFormAsync($"/organise/{hackathon.Id}", new() { ["groupId"] = Id(gpuTeam), ["flavour"] = "cpu" }, handler: "AllocateFlavour");
        var after = await client.Http.GetStringAsync($"/organise/{hackathon.Id}");

        Assert.Contains("<option value=\"gpu-a100\"", RowOf(page, "Gpu team"), StringComparison.Ordinal);
        Assert.DoesNotContain("gpu-a100", RowOf(page, "Plain"), StringComparison.Ordinal);
        Assert.Contains("default (gpu-a100)", RowOf(page, "Gpu team"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("cpu", await FlavourNameAsync(gpuTeam.Id));
        Assert.Null(await FlavourNameAsync(plain.Id));
        Assert.Contains("<option value=\"cpu\" selected=\"selected\">", RowOf(after, "Gpu team"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flavour_the_group_may_not_use_is_refused_on_the_dashboard_with_the_reason_and_nothing_is_saved()
    {
        var (organiser, hackathon) = await HackathonAsync("alloc-refused");
        var plain = await hub.GroupAsync(hackathon, "Plain");
        using var client = await SignedInAsync(organiser);

        using var refused = await client.PostFormAsync($"/organise/{hackathon.Id}", new() { ["groupId"] = Id(plain), ["flavour"] = "gpu-a100" }, handler: "AllocateFlavour");
        using var unknown = await client.PostFormAsync($"/organise/{hackathon.Id}", new() { ["groupId"] = Id(plain), ["flavour"] = "gpu-h100" }, handler: "AllocateFlavour");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Flavour &#x27;gpu-a100&#x27; is not available to group &#x27;Plain&#x27;", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("There is no flavour &#x27;gpu-h100&#x27;", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await FlavourNameAsync(plain.Id));
    }

    [Fact]
    public async Task A_participant_posting_the_allocation_form_is_forbidden_and_another_hackathons_group_is_not_found()
    {
        var (organiser, hackathon) = await HackathonAsync("alloc-forbidden");
        var member = await hub.CreateUserAsync("alloc-forbidden-member");
        await hub.ApplyAsync(hackathon, member);
        var group = await hub.GroupAsync(hackathon, "Gpu team", member);
        var (_, other) = await HackathonAsync("alloc-foreign");
        var foreign = await hub.GroupAsync(other, "Gpu team");
        using var participant = await SignedInAsync(member);
        using var owner = await SignedInAsync(organiser);

        // The participant cannot open the dashboard, so the form's antiforgery token comes from their own server page.
        using var page = await participant.PostFormAsync($"/organise/{hackathon.Id}", new() { ["groupId"] = Id(group), ["flavour"] = "cpu" }, formPage: $"/my/servers/group-{group.Id}", handler: "AllocateFlavour");
        using var api = await participant.Http.PutAsJsonAsync($"/api/hackathons/{hackathon.Id}/groups/{group.Id}/flavour", new { flavour = "cpu" });
        using var crossed = await owner.PostFormAsync($"/organise/{hackathon.Id}", new() { ["groupId"] = Id(foreign), ["flavour"] = "cpu" }, handler: "AllocateFlavour");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/access-denied", page.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, crossed.StatusCode);
        Assert.Null(await FlavourNameAsync(group.Id));
        Assert.Null(await FlavourNameAsync(foreign.Id));
    }

    [Fact]
    public async Task The_api_lists_the_allowed_flavours_allocates_one_refuses_another_with_the_reason_and_clears()
    {
        var (organiser, hackathon) = await HackathonAsync("alloc-api");
        var plain = await hub.GroupAsync(hackathon, "Plain");
        using var client = await SignedInAsync(organiser);
        var url = $"/api/hackathons/{hackathon.Id}/groups/{plain.Id}/flavour";

        var listed = await client.Http.GetFromJsonAsync<JsonElement>(url);
        using var refused = await client.Http.PutAsJsonAsync(url, new { flavour = "gpu-a100" });
        using var allocated = await client.Http.PutAsJsonAsync(url, new { flavour = "CPU" });
        var stored = await FlavourNameAsync(plain.Id);
        using var cleared = await client.Http.PutAsJsonAsync(url, new { flavour = (string?)null });

        Assert.Equal(["cpu"], listed.GetProperty("allowed").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal("cpu", listed.GetProperty("default").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("is not available to group 'Plain'", problem.GetProperty("errors").GetProperty("FlavourName")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, allocated.StatusCode);
        Assert.Equal("cpu", stored); // stored as configured, whatever the case typed
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Null(await FlavourNameAsync(plain.Id));
    }

    [Fact]
    public async Task The_next_start_uses_the_allocated_flavour_instead_of_the_groups_default()
    {
        var (_, hackathon) = await HackathonAsync("alloc-used");
        var gpuTeam = await hub.GroupAsync(hackathon, "Gpu team");
        var usage = hub.Services.GetRequiredService<ServerUsage>();
        var owner = WorkspaceOwner.ForGroup(gpuTeam.Id);

        var before = await usage.AdmitAsync(owner, CancellationToken.None);
        await SetFlavourNameAsync(gpuTeam.Id, "cpu");
        var after = await usage.AdmitAsync(owner, CancellationToken.None);

        Assert.Equal(("gpu-a100", (string?)null), (before.Flavour.Name, before.Refusal));
        Assert.Equal(("cpu", (string?)null), (after.Flavour.Name, after.Refusal));
    }

    [Fact]
    public async Task An_allocation_the_configuration_no_longer_allows_fails_the_start_with_a_clear_reason_instead_of_picking_another()
    {
        var (_, hackathon) = await HackathonAsync("alloc-stale");
        var plain = await hub.GroupAsync(hackathon, "Plain");
        var removed = await hub.GroupAsync(hackathon, "Gpu team");
        // As if the configuration changed after the organiser allocated: the database keeps what was allocated.
        await SetFlavourNameAsync(plain.Id, "gpu-a100");
        await SetFlavourNameAsync(removed.Id, "gpu-v100");
        var manager = hub.Services.GetRequiredService<ServerManager>();

        var restricted = await manager.StartAsync(WorkspaceOwner.ForGroup(plain.Id), CancellationToken.None);
        var gone = await manager.StartAsync(WorkspaceOwner.ForGroup(removed.Id), CancellationToken.None);

        Assert.Equal(NotebookServerState.Failed, restricted.State);
        Assert.Contains("The flavour 'gpu-a100' allocated to Plain cannot be used any more", restricted.Message, StringComparison.Ordinal);
        Assert.Contains("is not available to group 'Plain'", restricted.Message, StringComparison.Ordinal);
        Assert.Equal(NotebookServerState.Failed, gone.State);
        Assert.Contains("There is no flavour 'gpu-v100'", gone.Message, StringComparison.Ordinal);
        Assert.Null(await hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().NotebookServers.FirstOrDefaultAsync(s => s.OwnerKey == restricted.OwnerKey)));
    }

    [Fact]
    public async Task A_change_while_the_server_runs_takes_effect_at_the_next_start_and_the_dashboard_says_so()
    {
        var (organiser, hackathon) = await HackathonAsync("alloc-running");
        var gpuTeam = await hub.GroupAsync(hackathon, "Gpu team");
        var owner = WorkspaceOwner.ForGroup(gpuTeam.Id);
        var manager = hub.Services.GetRequiredService<ServerManager>();
        await manager.StartAsync(owner, CancellationToken.None);
        await ServerWait.ReadyAsync(manager, owner);
        using var client = await SignedInAsync(organiser);

        try
        {
            using var response = await client.PostFormAsync($"/organise/{hackathon.Id}", new() { ["groupId"] = Id(gpuTeam), ["flavour"] = "cpu" }, handler: "AllocateFlavour");
            var page = await client.Http.GetStringAsync($"/organise/{hackathon.Id}");
            var running = await manager.GetAsync(owner, CancellationToken.None);

            Assert.Contains("The server runs with gpu-a100; cpu takes effect at its next start", RowOf(page, "Gpu team"), StringComparison.Ordinal);
            Assert.Equal(("gpu-a100", NotebookServerState.Ready), (running.Flavour, running.State));
        }
        finally
        {
            await manager.StopAsync(owner, "Test finished.", CancellationToken.None);
        }
    }

    private static string Id(Group group) => group.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The usage table's row of one group (the dashboard lists groups elsewhere too).</summary>
    private static string RowOf(string page, string group)
    {
        var table = page[page.IndexOf("id=\"usage\"", StringComparison.Ordinal)..];
        var start = table.IndexOf($"<tr data-group=\"{group}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No usage row for {group}");
        return table[start..table.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private async Task<(PlatformUser Organiser, Hackathon Hackathon)> HackathonAsync(string name)
    {
        var organiser = await hub.CreateUserAsync($"{name}-organiser", PlatformRoles.Organiser);
        return (organiser, await hub.CreateHackathonAsync(organiser, name));
    }

    private async Task<HubClient> SignedInAsync(PlatformUser user)
    {
        var client = hub.NewClient();
        await client.SignInAsync(user.Email!, HubFactory.Password);
        return client;
    }

    private Task<string?> FlavourNameAsync(int groupId) =>
        hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().Groups.Where(g => g.Id == groupId).Select(g => g.FlavourName).FirstAsync());

    private Task<int> SetFlavourNameAsync(int groupId, string name) =>
        hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().Groups.Where(g => g.Id == groupId).ExecuteUpdateAsync(u => u.SetProperty(g => g.FlavourName, name)));
}
