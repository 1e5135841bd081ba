namespace HackathonPlatform.Core.Data;

/// <summary>Which database the hub uses. Bound from the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>"Sqlite" (the embedded default) or "PostgreSQL".</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>
    /// The connection string. For SQLite, empty means a file hub.db under <see cref="DataDirectory"/>.
    /// For PostgreSQL, an Npgsql connection string (Host=...;Database=...;Username=...;Password=...).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder for the embedded database and other local state; created when missing.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>True when <see cref="Provider"/> names PostgreSQL.</summary>
    public bool IsPostgres => Provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) || Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase);
}
