using System.Net;
using System.Net.Http.Headers;
using HackathonPlatform.Core.Accounts;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Security;

/// <summary>
/// /admin/tokens: an administrator sees every account's tokens and revokes any of them, with the owner's own
/// revoke's effect; nobody else opens the page or posts the revoke.
/// </summary>
public sealed class AdminTokensTests : IClassFixture<ApiTokenTests.World>
{
    private const string OrganiserEmail = "token-organiser@test.local";

    private readonly ApiTokenTests.World world;

    public AdminTokensTests(ApiTokenTests.World world) => this.world = world;

    [Fact]
    public async Task An_admin_sees_another_users_token_and_revokes_it_so_the_api_refuses_it()
    {
        var secret = await world.TokenForAsync(world.Member, "member laptop");
        var id = await IdOfAsync(secret);
        using var api = world.ApiClient(secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/groups/{world.Group.Id}/jobs")).StatusCode);

        using var admin = await world.SignedInAsync(world.Admin);
        var page = await admin.Http.GetStringAsync("/admin/tokens");
        Assert.Contains($"data-token=\"{id}\" data-owner=\"{world.Member.Email}\"", page, StringComparison.Ordinal);
        Assert.Contains("member laptop", page, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, page, StringComparison.Ordinal);

        var revoked = await admin.PostFormAsync($"/admin/tokens?handler=Revoke&id={id}", [], formPage: "/admin/tokens");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var after = await admin.Http.GetStringAsync("/admin/tokens");
        Assert.Contains("is revoked", after, StringComparison.Ordinal);

        var stored = await world.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().ApiTokens.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.NotNull(stored.RevokedAt);
        var refused = await api.GetAsync($"/api/groups/{world.Group.Id}/jobs");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("revoked", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/hackathons")).StatusCode);

        // The owner sees it revoked on their own page, as if they had revoked it.
        using var owner = await world.SignedInAsync(world.Member);
        var own = await owner.Http.GetStringAsync("/account/tokens");
        Assert.Matches($"data-token=\"{id}\">((?!</tr>)[\\s\\S])*revoked", own);
    }

    [Fact]
    public async Task The_admin_list_filters_by_owner_and_revoking_an_unknown_token_is_not_found()
    {
        await world.TokenForAsync(world.Member, "member filtered");
        await world.TokenForAsync(world.Admin, "admin filtered");
        using var admin = await world.SignedInAsync(world.Admin);

        var filtered = await admin.Http.GetStringAsync("/admin/tokens?q=TOKEN-MEMBER");
        Assert.Contains("member filtered", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("admin filtered", filtered, StringComparison.Ordinal);

        var missing = await admin.PostFormAsync("/admin/tokens?handler=Revoke&id=999999", [], formPage: "/admin/tokens");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("participant")]
    [InlineData("organiser")]
    public async Task Others_cannot_open_the_page_nor_revoke(string who)
    {
        var secret = await world.TokenForAsync(world.Admin, $"kept from {who}");
        var id = await IdOfAsync(secret);
        using var client = world.NewClient();
        await client.SignInAsync(who == "participant" ? world.Member.Email! : OrganiserEmail, HubFactory.Password);

        var page = await client.GetAsync("/admin/tokens");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/access-denied", page.Headers.Location!.ToString(), StringComparison.Ordinal);

        // A valid antiforgery token from a page they may open, so only authorization stands in the way.
        var revoke = await client.PostFormAsync($"/admin/tokens?handler=Revoke&id={id}", [], formPage: "/account/tokens");
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Contains("/account/access-denied", revoke.Headers.Location!.ToString(), StringComparison.Ordinal);

        Assert.Null(await world.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().ApiTokens.Where(t => t.Id == id).Select(t => t.RevokedAt).SingleAsync()));
        using var api = world.ApiClient(secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/groups/{world.Group.Id}/jobs")).StatusCode);
    }

    [Fact]
    public async Task An_admins_api_token_does_not_open_the_admin_page()
    {
        var secret = await world.TokenForAsync(world.Admin, "admin cli");
        using var client = world.NewClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", secret);

        var page = await client.GetAsync("/admin/tokens");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private Task<int> IdOfAsync(string secret) =>
        world.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().ApiTokens.Where(t => t.SecretHash == ApiTokenService.Hash(secret)).Select(t => t.Id).SingleAsync());
}
