using HackathonPlatform.Core.Accounts;
using HackathonPlatform.Core.Tests.Grading;
using HackathonPlatform.Core.Tests.Infrastructure;

namespace HackathonPlatform.Core.Tests.Accounts;

public sealed class ApiTokenServiceTests(PostgresServer postgres) : DataTestBase(postgres)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_token_is_stored_as_its_hash_and_validates_until_it_expires_or_is_revoked(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var clock = new ManualClock();
        await using var s = new Scenario(database.NewContext(), clock);
        var user = await s.UserAsync("token-owner");
        var tokens = new ApiTokenService(s.Db, clock);

        var created = (await tokens.CreateAsync(user.Id, "  laptop  ", 2)).Value!;
        var forever = (await tokens.CreateAsync(user.Id, "server", null)).Value!;

        Assert.StartsWith(ApiTokenService.SecretPrefix, created.Secret, StringComparison.Ordinal);
        Assert.True(created.Secret.Length > 40, created.Secret);
        Assert.Equal(("laptop", ApiTokenService.Hash(created.Secret)), (created.Token.Name, created.Token.SecretHash));
        Assert.DoesNotContain(created.Secret, created.Token.SecretHash, StringComparison.Ordinal);
        Assert.NotEqual(created.Secret, forever.Secret);

        var (valid, _) = await tokens.ValidateAsync(created.Secret);
        Assert.Equal(created.Token.Id, valid!.Id);
        await using (var check = database.NewContext())
        {
            Assert.Equal(clock.Now, check.ApiTokens.Single(t => t.Id == created.Token.Id).LastUsedAt);
        }

        clock.Advance(TimeSpan.FromDays(2));
        var (expired, expiredReason) = await tokens.ValidateAsync(created.Secret);
        Assert.Null(expired);
        Assert.Contains("expired", expiredReason, StringComparison.Ordinal);
        Assert.NotNull((await tokens.ValidateAsync(forever.Secret)).Token);

        Assert.True((await tokens.RevokeAsync(user.Id, forever.Token.Id)).Succeeded);
        var (revoked, revokedReason) = await tokens.ValidateAsync(forever.Secret);
        Assert.Null(revoked);
        Assert.Contains("revoked", revokedReason, StringComparison.Ordinal);
        var (unknown, unknownReason) = await tokens.ValidateAsync(forever.Secret + "x");
        Assert.Null(unknown);
        Assert.Contains("not known", unknownReason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_names_lifetimes_and_too_many_tokens_are_refused_and_only_owners_revoke(string provider)
    {
        await using var database = await DatabaseAsync(provider);
        var clock = new ManualClock();
        await using var s = new Scenario(database.NewContext(), clock);
        var owner = await s.UserAsync("owner");
        var other = await s.UserAsync("other");
        var tokens = new ApiTokenService(s.Db, clock);

        Assert.True((await tokens.CreateAsync(owner.Id, " ", 1)).Errors.ContainsKey("Name"));
        Assert.True((await tokens.CreateAsync(owner.Id, new string('n', 101), 1)).Errors.ContainsKey("Name"));
        Assert.True((await tokens.CreateAsync(owner.Id, "zero", 0)).Errors.ContainsKey("LifetimeDays"));
        Assert.True((await tokens.CreateAsync(owner.Id, "too long", ApiTokenService.MaxLifetimeDays + 1)).Errors.ContainsKey("LifetimeDays"));

        var first = (await tokens.CreateAsync(owner.Id, "t0", 1)).Value!;
        for (var i = 1; i < ApiTokenService.MaxActivePerUser; i++)
        {
            Assert.True((await tokens.CreateAsync(owner.Id, $"t{i}", 1)).Succeeded);
        }

        var tooMany = await tokens.CreateAsync(owner.Id, "one more", 1);
        Assert.Contains("revoke one", tooMany.ErrorSummary, StringComparison.Ordinal);
        Assert.True((await tokens.RevokeAsync(other.Id, first.Token.Id)).IsNotFound);
        Assert.NotNull((await tokens.ValidateAsync(first.Secret)).Token);
        Assert.True((await tokens.RevokeAsync(owner.Id, first.Token.Id)).Succeeded);
        Assert.True((await tokens.CreateAsync(owner.Id, "one more", 1)).Succeeded);
        Assert.Equal(ApiTokenService.MaxActivePerUser + 1, (await tokens.ListAsync(owner.Id)).Count);
        Assert.Empty(await tokens.ListAsync(other.Id));
    }
}
