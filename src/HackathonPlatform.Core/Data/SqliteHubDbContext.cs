using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HackathonPlatform.Core.Data;

/// <summary>The embedded default: a SQLite file under the data folder.</summary>
public sealed class SqliteHubDbContext(DbContextOptions<SqliteHubDbContext> options) : HubDbContext(options)
{
    /// <inheritdoc />
    public override Task LockHackathonAsync(int hackathonId, CancellationToken cancellationToken) =>
        // Writers are serialised by the IMMEDIATE transaction that Microsoft.Data.Sqlite opens.
        Task.CompletedTask;

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite stores DateTimeOffset as text, which it cannot order or compare; binary ticks sort correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
