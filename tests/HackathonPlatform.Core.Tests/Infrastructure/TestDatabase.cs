using HackathonPlatform.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HackathonPlatform.Core.Tests.Infrastructure;

/// <summary>A fresh, migrated database on one provider; each context it makes is a separate connection.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract string Provider { get; }

    public abstract HubDbContext NewContext();

    public abstract ValueTask DisposeAsync();

    public async Task MigrateAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public static async Task<TestDatabase> CreateAsync(string provider, PostgresServer? postgres)
    {
        TestDatabase database = provider == "PostgreSQL"
            ? await PostgresTestDatabase.CreateAsync(postgres ?? throw new ArgumentNullException(nameof(postgres)))
            : new SqliteTestDatabase();
        await database.MigrateAsync();
        return database;
    }

    private sealed class SqliteTestDatabase : TestDatabase
    {
        private readonly string path = Path.Combine(Path.GetTempPath(), $"hp-test-{Guid.NewGuid():N}.db");

        public override string Provider => "Sqlite";

        public override HubDbContext NewContext() =>
            new SqliteHubDbContext(new DbContextOptionsBuilder<SqliteHubDbContext>().UseSqlite($"Data Source={path};Default Timeout=60").Options);

        public override ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresTestDatabase(string connectionString, string adminConnectionString, string name) : TestDatabase
    {
        public override string Provider => "PostgreSQL";

        public static async Task<PostgresTestDatabase> CreateAsync(PostgresServer server)
        {
            var name = "hp_" + Guid.NewGuid().ToString("N")[..12];
            await using (var connection = new NpgsqlConnection(server.AdminConnectionString))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                await command.ExecuteNonQueryAsync();
            }

            var builder = new NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Database = name };
            return new PostgresTestDatabase(builder.ConnectionString, server.AdminConnectionString, name);
        }

        public override HubDbContext NewContext() =>
            new PostgresHubDbContext(new DbContextOptionsBuilder<PostgresHubDbContext>().UseNpgsql(connectionString).Options);

        public override async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(adminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
