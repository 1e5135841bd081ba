using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Data;

/// <summary>Production database: PostgreSQL through Npgsql.</summary>
public sealed class PostgresHubDbContext(DbContextOptions<PostgresHubDbContext> options) : HubDbContext(options)
{
    /// <inheritdoc />
    public override Task LockHackathonAsync(int hackathonId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(7301, {hackathonId})", cancellationToken);

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Npgsql maps DateTimeOffset to timestamptz and requires UTC offsets, which the services always use.
        base.ConfigureConventions(configurationBuilder);
    }
}
