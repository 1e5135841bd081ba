using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HackathonPlatform.Core.Accounts;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Tests.Infrastructure;
using Group = HackathonPlatform.Core.Entities.Group;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Security;

/// <summary>
/// Personal API tokens: created on /account/tokens (secret shown once, only its hash stored), accepted on /api as
/// their owner (both header forms), refused when unknown, revoked or expired, and never accepted by pages.
/// </summary>
public sealed partial class ApiTokenTests : IClassFixture<ApiTokenTests.World>
{
    private readonly World world;

    public ApiTokenTests(World world) => this.world = world;

    [Fact]
    public async Task A_token_created_on_the_page_is_shown_once_stored_as_a_hash_and_listed()
    {
        using var client = await world.SignedInAsync(world.Member);
        var response = await client.PostFormAsync("/account/tokens", new() { ["Name"] = "laptop", ["LifetimeDays"] = "7" }, handler: "Create");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var secret = SecretOf(await response.Content.ReadAsStringAsync());

        var stored = await world.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().ApiTokens.AsNoTracking().SingleAsync(t => t.SecretHash == ApiTokenService.Hash(secret)));
        Assert.Equal("laptop", stored.Name);
        Assert.Equal(world.Member.Id, stored.UserId);
        Assert.NotNull(stored.ExpiresAt);
        var everything = await world.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().ApiTokens.AsNoTracking().ToListAsync());
        Assert.DoesNotContain(everything, t => t.SecretHash.Contains(secret, StringComparison.Ordinal) || t.Name.Contains(secret, StringComparison.Ordinal));

        var page = await client.Http.GetStringAsync("/account/tokens");
        Assert.Contains("laptop", page, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("token")]
    [InlineData("Bearer")]
    public async Task A_token_calls_the_api_as_its_owner_in_either_header_form(string scheme)
    {
        var secret = await world.TokenForAsync(world.Member, $"cli {scheme}");
        using var api = world.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, secret);

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/groups/{world.Group.Id}/jobs")).StatusCode);
        var refused = await api.PostAsJsonAsync($"/api/groups/{world.Group.Id}/jobs", new { script = "" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task A_participants_token_on_another_groups_jobs_is_forbidden()
    {
        var secret = await world.TokenForAsync(world.Member, "cli");
        using var api = world.ApiClient(secret);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/groups/{world.OtherGroup.Id}/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync($"/api/groups/{world.OtherGroup.Id}/jobs", new { script = "echo hi" })).StatusCode);
    }

    [Fact]
    public async Task A_token_carries_its_owners_roles()
    {
        var participant = await world.TokenForAsync(world.Member, "cli");
        var admin = await world.TokenForAsync(world.Admin, "admin cli");
        using var asParticipant = world.ApiClient(participant);
        using var asAdmin = world.ApiClient(admin);

        // An administrator may read any group's jobs; the participant may not read the other group's.
        Assert.Equal(HttpStatusCode.OK, (await asAdmin.GetAsync($"/api/groups/{world.OtherGroup.Id}/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asParticipant.GetAsync($"/api/groups/{world.OtherGroup.Id}/jobs")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_token_is_refused_with_401_and_the_reason()
    {
        var secret = await world.TokenForAsync(world.Member, "to revoke");
        using var api = world.ApiClient(secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/groups/{world.Group.Id}/jobs")).StatusCode);

        // Revoked through the page, as its owner would.
        using var owner = await world.SignedInAsync(world.Member);
        var id = await world.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().ApiTokens.Where(t => t.SecretHash == ApiTokenService.Hash(secret)).Select(t => t.Id).SingleAsync());
        var revoked = await owner.PostFormAsync($"/account/tokens?handler=Revoke&id={id}", [], formPage: "/account/tokens");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        var response = await api.GetAsync($"/api/groups/{world.Group.Id}/jobs");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("revoked", await ErrorOfAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_or_expired_token_is_refused_with_401_and_the_reason()
    {
        using var unknown = world.ApiClient(ApiTokenService.SecretPrefix + "not-a-real-token");
        var response = await unknown.GetAsync($"/api/groups/{world.Group.Id}/jobs");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not known", await ErrorOfAsync(response), StringComparison.Ordinal);

        var secret = await world.TokenForAsync(world.Member, "short-lived", lifetimeDays: 1);
        await world.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HubDbContext>();
            var token = await db.ApiTokens.SingleAsync(t => t.SecretHash == ApiTokenService.Hash(secret));
            token.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });
        using var expired = world.ApiClient(secret);
        response = await expired.GetAsync($"/api/groups/{world.Group.Id}/jobs");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("expired", await ErrorOfAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_never_opens_the_token_pages_nor_other_pages()
    {
        var secret = await world.TokenForAsync(world.Member, "stolen");
        using var api = world.NewClient();
        api.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", secret);
        var before = await world.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().ApiTokens.CountAsync());

        var page = await api.GetAsync("/account/tokens");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        var create = await api.Http.PostAsync("/account/tokens?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "minted" }));
        Assert.NotEqual(HttpStatusCode.OK, create.StatusCode);
        Assert.Equal(before, await world.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().ApiTokens.CountAsync()));
        var jobsPage = await api.GetAsync("/my/jobs");
        Assert.Equal(HttpStatusCode.Redirect, jobsPage.StatusCode);
    }

    [Fact]
    public async Task Bad_token_input_is_refused_on_the_page()
    {
        using var client = await world.SignedInAsync(world.Member);
        var noName = await client.PostFormAsync("/account/tokens", new() { ["Name"] = "  " }, handler: "Create");
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        var tooLong = await client.PostFormAsync("/account/tokens", new() { ["Name"] = "ok", ["LifetimeDays"] = "9999" }, handler: "Create");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("365 days", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Someone else's token cannot be revoked.
        var theirs = await world.TokenForAsync(world.Admin, "not yours");
        var id = await world.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().ApiTokens.Where(t => t.SecretHash == ApiTokenService.Hash(theirs)).Select(t => t.Id).SingleAsync());
        var revoke = await client.PostFormAsync($"/account/tokens?handler=Revoke&id={id}", [], formPage: "/account/tokens");
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        using var admin = world.ApiClient(theirs);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/groups/{world.Group.Id}/jobs")).StatusCode);
    }

    private static string SecretOf(string page)
    {
        var match = SecretPattern().Match(page);
        Assert.True(match.Success, "The new token's secret is not on the page.");
        return match.Groups[1].Value;
    }

    private static async Task<string> ErrorOfAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("message").GetString()!;
    }

    [GeneratedRegex("<code id=\"secret\">([^<]+)</code>")]
    private static partial Regex SecretPattern();

    /// <summary>A hackathon with two groups; the member belongs to the first.</summary>
    public sealed class World : HubFactory, IAsyncLifetime
    {
        public PlatformUser Member { get; private set; } = null!;

        public PlatformUser Admin { get; private set; } = null!;

        public Group Group { get; private set; } = null!;

        public Group OtherGroup { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Member = await CreateUserAsync("token-member");
            var other = await CreateUserAsync("token-other");
            var organiser = await CreateUserAsync("token-organiser", PlatformRoles.Organiser);
            var hackathon = await CreateHackathonAsync(organiser, "Token hackathon");
            await ApplyAsync(hackathon, Member);
            await ApplyAsync(hackathon, other);
            Group = await GroupAsync(hackathon, "Alpha", Member);
            OtherGroup = await GroupAsync(hackathon, "Beta", other);
            Admin = await WithScopeAsync(sp => sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PlatformUser>>().FindByEmailAsync(AdminEmail))
                ?? throw new InvalidOperationException("No admin seeded.");
        }

        public async Task<HubClient> SignedInAsync(PlatformUser user)
        {
            var client = NewClient();
            await client.SignInAsync(user.Email!, user.Email == AdminEmail ? AdminPassword : Password);
            return client;
        }

        public Task<string> TokenForAsync(PlatformUser user, string name, int? lifetimeDays = null) =>
            WithScopeAsync(async sp =>
            {
                var outcome = await sp.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, name, lifetimeDays);
                Assert.True(outcome.Succeeded, outcome.ErrorSummary);
                return outcome.Value!.Secret;
            });

        public HttpClient ApiClient(string secret)
        {
            var client = CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", secret);
            return client;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }
}
