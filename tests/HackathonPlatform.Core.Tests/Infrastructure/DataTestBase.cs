namespace HackathonPlatform.Core.Tests.Infrastructure;

/// <summary>Data tests run as theories over both providers; PostgreSQL is the real server of <see cref="PostgresServer"/>.</summary>
[Collection(PostgresDefinition.Name)]
public abstract class DataTestBase(PostgresServer postgres)
{
    public static TheoryData<string> Providers => new() { "Sqlite", "PostgreSQL" };

    protected Task<TestDatabase> DatabaseAsync(string provider) => TestDatabase.CreateAsync(provider, postgres);
}
