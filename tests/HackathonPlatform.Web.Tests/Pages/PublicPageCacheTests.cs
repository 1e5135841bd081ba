using System.Net.Http.Json;
using System.Text.Json;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Tests.Infrastructure;

namespace HackathonPlatform.Web.Tests.Pages;

public sealed class PublicPageCacheTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task Anonymous_pages_and_api_come_from_the_cache_but_show_a_new_application_at_once()
    {
        var organiser = await hub.CreateUserAsync("cache-organiser", PlatformRoles.Organiser);
        var hackathon = await hub.CreateHackathonAsync(organiser, "Cached", capacity: 5);
        using var anonymous = hub.NewClient();
        var page = $"/hackathons/{hackathon.Slug}";

        Assert.Contains("<strong id=\"seats-left\">5</strong>", await anonymous.Http.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Equal(5, (await anonymous.Http.GetFromJsonAsync<JsonElement>($"/api/hackathons/{hackathon.Id}")).GetProperty("seatsLeft").GetInt32());

        await hub.ApplyAsync(hackathon, await hub.CreateUserAsync("cache-applicant"));

        Assert.Contains("<strong id=\"seats-left\">4</strong>", await anonymous.Http.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Equal(4, (await anonymous.Http.GetFromJsonAsync<JsonElement>($"/api/hackathons/{hackathon.Id}")).GetProperty("seatsLeft").GetInt32());
    }

    [Fact]
    public async Task Signed_in_visitors_see_their_own_status_not_a_cached_anonymous_page()
    {
        var organiser = await hub.CreateUserAsync("cache-organiser-2", PlatformRoles.Organiser);
        var hackathon = await hub.CreateHackathonAsync(organiser, "Cached two");
        var applicant = await hub.CreateUserAsync("cache-applicant-2");
        using var anonymous = hub.NewClient();
        await anonymous.Http.GetStringAsync($"/hackathons/{hackathon.Slug}");
        await hub.ApplyAsync(hackathon, applicant);
        using var client = hub.NewClient();
        await client.SignInAsync(applicant.Email!, HubFactory.Password);

        var html = await client.Http.GetStringAsync($"/hackathons/{hackathon.Slug}");

        Assert.Contains("id=\"my-status\">accepted", html, StringComparison.Ordinal);
    }
}
