using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Accounts;

/// <summary>
/// Personal API tokens: create (the secret is returned once and only its SHA-256 hash is kept), list, revoke, and
/// find the valid token a request presents.
/// </summary>
public sealed class ApiTokenService(HubDbContext db, TimeProvider clock)
{
    /// <summary>The most tokens one account may hold that are neither revoked nor expired.</summary>
    public const int MaxActivePerUser = 20;

    /// <summary>The longest lifetime a token may be given, in days.</summary>
    public const int MaxLifetimeDays = 365;

    /// <summary>The prefix of every secret, so a leaked one is recognisable (e.g. by secret scanners).</summary>
    public const string SecretPrefix = "hkt_";

    /// <summary>The account's tokens, newest first (revoked ones included, so the owner sees what happened).</summary>
    public Task<List<ApiToken>> ListAsync(string userId, CancellationToken ct = default) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync(ct);

    /// <summary>
    /// Creates a token for the account. Refused (field "Name") without a name or beyond 100 characters, (field
    /// "LifetimeDays") outside 1 to <see cref="MaxLifetimeDays"/>, and (field "Name") beyond
    /// <see cref="MaxActivePerUser"/> active tokens.
    /// </summary>
    /// <param name="userId">The owner.</param>
    /// <param name="name">A name the owner recognises it by.</param>
    /// <param name="lifetimeDays">Days until it expires; null: it never expires.</param>
    /// <param name="ct">Cancels the operation.</param>
    /// <returns>The stored token and its secret, which cannot be shown again.</returns>
    public async Task<Outcome<CreatedApiToken>> CreateAsync(string userId, string? name, int? lifetimeDays, CancellationToken ct = default)
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length is 0 or > 100)
        {
            return Outcome<CreatedApiToken>.Invalid("Name", "Give the token a name of 1 to 100 characters, e.g. the machine it is for.");
        }

        if (lifetimeDays is < 1 or > MaxLifetimeDays)
        {
            return Outcome<CreatedApiToken>.Invalid("LifetimeDays", $"A token lives 1 to {MaxLifetimeDays} days, or without expiry.");
        }

        var now = clock.GetUtcNow();
        var active = await db.ApiTokens.CountAsync(t => t.UserId == userId && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now), ct);
        if (active >= MaxActivePerUser)
        {
            return Outcome<CreatedApiToken>.Invalid("Name", $"You have {active} active tokens, the most allowed: revoke one you no longer use first.");
        }

        var secret = SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = new ApiToken
        {
            UserId = userId,
            Name = trimmed,
            SecretHash = Hash(secret),
            CreatedAt = now,
            ExpiresAt = lifetimeDays is { } days ? now.AddDays(days) : null,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return Outcome<CreatedApiToken>.Ok(new CreatedApiToken(token, secret));
    }

    /// <summary>
    /// Every account's tokens with their owners' emails, newest first, for administrators: at most
    /// <paramref name="max"/>, and only owners whose email contains <paramref name="ownerEmail"/> when it is given.
    /// </summary>
    public Task<List<ApiTokenWithOwner>> ListAllAsync(string? ownerEmail, int max, CancellationToken ct = default)
    {
        var users = db.Users.AsQueryable();
        if (!string.IsNullOrWhiteSpace(ownerEmail))
        {
            // Identity keeps emails upper-cased in NormalizedEmail: matching there is case-insensitive on every provider.
            var pattern = "%" + ownerEmail.Trim().ToUpperInvariant().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
            users = users.Where(u => EF.Functions.Like(u.NormalizedEmail!, pattern));
        }

        return db.ApiTokens.AsNoTracking()
            .Join(users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, Email = u.Email })
            .OrderByDescending(x => x.Token.Id)
            .Take(max)
            .Select(x => new ApiTokenWithOwner(x.Token, x.Email ?? ""))
            .ToListAsync(ct);
    }

    /// <summary>Revokes one of the account's tokens at once; not found when it is not theirs. Revoking twice is harmless.</summary>
    public Task<Outcome<ApiToken>> RevokeAsync(string userId, int tokenId, CancellationToken ct = default) =>
        RevokeWhereAsync(t => t.Id == tokenId && t.UserId == userId, ct);

    /// <summary>
    /// Revokes any account's token, for administrators (a leaked token, a departed member): the same change as
    /// the owner's own revoke, so the owner sees it revoked on their page. Not found when no such token exists.
    /// </summary>
    public Task<Outcome<ApiToken>> RevokeAnyAsync(int tokenId, CancellationToken ct = default) =>
        RevokeWhereAsync(t => t.Id == tokenId, ct);

    private async Task<Outcome<ApiToken>> RevokeWhereAsync(Expression<Func<ApiToken, bool>> which, CancellationToken ct)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(which, ct);
        if (token is null)
        {
            return Outcome<ApiToken>.NotFound();
        }

        token.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Outcome<ApiToken>.Ok(token);
    }

    /// <summary>
    /// The token a request presents, when it is known, not revoked and not expired; else null and why, in words
    /// for the caller. Marks it used (to the minute, so busy clients do not write on every request).
    /// </summary>
    public async Task<(ApiToken? Token, string? Refusal)> ValidateAsync(string secret, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var hash = Hash(secret.Trim());
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.SecretHash == hash, ct);
        // The lookup is by hash, so timing reveals nothing about the secret; comparing again in constant time
        // guards against a database collation that matches hashes case-insensitively or by prefix.
        if (token is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(token.SecretHash), Encoding.ASCII.GetBytes(hash)))
        {
            return (null, "The API token is not known. Create one at /account/tokens.");
        }

        var now = clock.GetUtcNow();
        if (token.RevokedAt is not null)
        {
            return (null, "The API token was revoked. Create a new one at /account/tokens.");
        }

        if (token.ExpiresAt is { } expiry && expiry <= now)
        {
            return (null, $"The API token expired on {expiry:yyyy-MM-dd HH:mm} UTC. Create a new one at /account/tokens.");
        }

        if (token.LastUsedAt is not { } last || now - last >= TimeSpan.FromMinutes(1))
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(ct);
        }

        return (token, null);
    }

    /// <summary>SHA-256 of the secret, lower-case hex: what the database keeps.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

/// <summary>A token just created and its secret, which is shown to its owner this once.</summary>
/// <param name="Token">The stored token.</param>
/// <param name="Secret">The secret to put in the Authorization header.</param>
public sealed record CreatedApiToken(ApiToken Token, string Secret);
