using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Core.Data;

/// <summary>Registers the configured <see cref="HubDbContext"/> provider.</summary>
public static class DatabaseRegistration
{
    /// <summary>Adds the provider's context and maps <see cref="HubDbContext"/> to it.</summary>
    public static IServiceCollection AddHubDatabase(this IServiceCollection services, DatabaseOptions options)
    {
        if (options.IsPostgres)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new InvalidOperationException("Database:Provider is PostgreSQL but Database:ConnectionString is empty.");
            }

            services.AddDbContext<PostgresHubDbContext>(o => o.UseNpgsql(options.ConnectionString));
            services.AddScoped<HubDbContext>(sp => sp.GetRequiredService<PostgresHubDbContext>());
        }
        else
        {
            var connectionString = string.IsNullOrWhiteSpace(options.ConnectionString)
                ? $"Data Source={Path.Combine(Path.GetFullPath(options.DataDirectory), "hub.db")}"
                : options.ConnectionString;
            services.AddDbContext<SqliteHubDbContext>(o => o.UseSqlite(connectionString));
            services.AddScoped<HubDbContext>(sp => sp.GetRequiredService<SqliteHubDbContext>());
        }

        return services;
    }

    /// <summary>Applies pending migrations; for SQLite, also turns on WAL so readers never wait for writers.</summary>
    public static async Task MigrateHubDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        if (db is SqliteHubDbContext)
        {
            var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString());
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await db.Database.MigrateAsync(ct);
        if (db is SqliteHubDbContext)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
