using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HackathonPlatform.Core.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server for the test run: initdb into a temporary folder, pg_ctl start on a
/// free loopback port, stopped and deleted at the end. As root, the server runs as the postgres user
/// (initdb refuses root). Fails loudly with the install command when PostgreSQL is missing.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string dataDirectory = "";
    private string binDirectory = "";

    /// <summary>Connection string to the maintenance database.</summary>
    public string AdminConnectionString { get; private set; } = "";

    public int Port { get; private set; }

    public async Task InitializeAsync()
    {
        binDirectory = FindBinDirectory();
        dataDirectory = Path.Combine(Path.GetTempPath(), "hp-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dataDirectory);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", ["postgres:postgres", dataDirectory], asPostgres: false);
        }

        await RunAsync(Path.Combine(binDirectory, "initdb"), ["-D", Path.Combine(dataDirectory, "db"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"], asRoot);
        Port = FreePort();
        var options = $"-p {Port} -k {dataDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200";
        await RunAsync(Path.Combine(binDirectory, "pg_ctl"), ["-D", Path.Combine(dataDirectory, "db"), "-o", options, "-l", Path.Combine(dataDirectory, "log.txt"), "-w", "-t", "60", "start"], asRoot);
        AdminConnectionString = $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=150";
    }

    public async Task DisposeAsync()
    {
        if (dataDirectory.Length == 0)
        {
            return;
        }

        try
        {
            await RunAsync(Path.Combine(binDirectory, "pg_ctl"), ["-D", Path.Combine(dataDirectory, "db"), "-m", "immediate", "-w", "stop"], Environment.UserName == "root");
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static string FindBinDirectory()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().ToList()
            : [];
        return candidates.FirstOrDefault() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed; the data tests run against a real server. Install it with: apt-get install -y postgresql (or run ./test.sh, which does).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string[] args, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stdout}{await stderr}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresDefinition : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
