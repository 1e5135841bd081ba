using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using HackathonPlatform.Core.Accounts;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Security;

/// <summary>
/// A token that does not validate is refused on every /api endpoint, anonymous ones included (as JupyterHub does):
/// 401, <c>WWW-Authenticate: token</c> and a ProblemDetails body saying why. Requests without a token, cookie
/// sign-ins and pages are served as before.
/// </summary>
public sealed class BadApiTokenTests : IClassFixture<ApiTokenTests.World>
{
    // Published hackathons: an endpoint anyone may call without signing in.
    private const string Anonymous = "/api/hackathons";

    private readonly ApiTokenTests.World world;

    public BadApiTokenTests(ApiTokenTests.World world) => this.world = world;

    [Fact]
    public async Task An_anonymous_endpoint_serves_no_token_and_a_good_token_alike()
    {
        using var anonymous = world.CreateClient();
        var plain = await anonymous.GetAsync(Anonymous);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Contains("Token hackathon", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var good = world.ApiClient(await world.TokenForAsync(world.Member, "good"));
        var served = await good.GetAsync(Anonymous);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Contains("Token hackathon", await served.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("token")]
    [InlineData("Bearer")]
    public async Task An_unknown_token_on_an_anonymous_endpoint_gets_401_with_a_problem(string scheme)
    {
        using var api = world.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, ApiTokenService.SecretPrefix + "not-a-real-token");

        var problem = await RefusedAsync(await api.GetAsync(Anonymous));
        Assert.Contains("not known", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_or_expired_token_on_an_anonymous_endpoint_gets_401_with_the_reason()
    {
        var revoked = await world.TokenForAsync(world.Member, "revoked");
        using var revokedApi = world.ApiClient(revoked);
        Assert.Equal(HttpStatusCode.OK, (await revokedApi.GetAsync(Anonymous)).StatusCode);
        await ChangeAsync(revoked, t => t.RevokedAt = DateTimeOffset.UtcNow);

        var problem = await RefusedAsync(await revokedApi.GetAsync(Anonymous));
        Assert.Contains("revoked", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // The CLI reads "message": it keeps working with the problem body.
        Assert.Equal(problem.GetProperty("detail").GetString(), problem.GetProperty("message").GetString());
        // One hackathon by id is anonymous too.
        var hackathon = await world.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().Hackathons.Where(h => h.Title == "Token hackathon").Select(h => h.Id).SingleAsync());
        await RefusedAsync(await revokedApi.GetAsync($"{Anonymous}/{hackathon}"));

        var expired = await world.TokenForAsync(world.Member, "expired", lifetimeDays: 1);
        await ChangeAsync(expired, t => t.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1));
        using var expiredApi = world.ApiClient(expired);
        problem = await RefusedAsync(await expiredApi.GetAsync(Anonymous));
        Assert.Contains("expired", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_endpoint_without_a_token_still_answers_401_as_a_problem()
    {
        using var anonymous = world.CreateClient();
        var response = await anonymous.GetAsync($"/api/groups/{world.Group.Id}/jobs");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Cookie_sign_ins_and_pages_are_unchanged()
    {
        using var member = await world.SignedInAsync(world.Member);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(Anonymous)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/groups/{world.Group.Id}/jobs")).StatusCode);

        // Pages never read tokens, so a bad one on a page is ignored (the page is served to the cookie's account).
        member.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", ApiTokenService.SecretPrefix + "bogus");
        var page = await member.GetAsync("/hackathons");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/account/tokens")).StatusCode);
    }

    private static async Task<JsonElement> RefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("token", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problem = body.RootElement.Clone();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Equal("Unauthorized", problem.GetProperty("title").GetString());
        Assert.Equal("invalid_token", problem.GetProperty("error").GetString());
        return problem;
    }

    private Task<int> ChangeAsync(string secret, Action<Core.Entities.ApiToken> change) =>
        world.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HubDbContext>();
            change(await db.ApiTokens.SingleAsync(t => t.SecretHash == ApiTokenService.Hash(secret)));
            return await db.SaveChangesAsync();
        });
}
