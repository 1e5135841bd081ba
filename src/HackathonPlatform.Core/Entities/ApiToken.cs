namespace HackathonPlatform.Core.Entities;

/// <summary>
/// A personal API token (as JupyterHub's): a named secret a user created to call /api as themselves, e.g. from the
/// CLI. Only the SHA-256 hash of the secret is stored; the secret is shown once, when it is created.
/// </summary>
public class ApiToken
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The account it acts as.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The name its owner gave it ("laptop CLI").</summary>
    public string Name { get; set; } = "";

    /// <summary>SHA-256 of the secret, lower-case hex.</summary>
    public string SecretHash { get; set; } = "";

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it expires (UTC); null: never.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>When it last authenticated a request (UTC, to the minute); null: never used.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>When its owner or an admin revoked it (UTC); null until then.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
