using HackathonPlatform.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HackathonPlatform.Web.Benchmarks;

/// <summary>The real hub (SQLite in a temporary folder, demo hackathon seeded) started in this process on a loopback port.</summary>
internal sealed class HubHost(WebApplication app, string url, string dataDirectory) : IAsyncDisposable
{
    public static readonly IReadOnlyList<(string Name, string Path)> Targets =
    [
        ("lecture page", "/courses/neural-networks/backpropagation"),
        ("hackathon page", "/hackathons/ai-infn-advanced-hackathon"),
        ("GET /api/hackathons/1", "/api/hackathons/1"),
    ];

    public string Url { get; } = url;

    /// <summary>The hub's services (its database context, server manager...).</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>Starts the hub; <paramref name="settings"/> (e.g. <c>Servers:WarmKernel</c>) override the defaults below.</summary>
    public static async Task<HubHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var root = RepositoryRoot();
        var data = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hp-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // The pages are compiled into the hub's assembly; naming it lets MVC find them from this host.
            ApplicationName = "HackathonPlatform.Web",
            ContentRootPath = System.IO.Path.Combine(root, "src", "HackathonPlatform.Web"),
            EnvironmentName = "Production",
        });
        builder.Configuration["Database:Provider"] = "Sqlite";
        builder.Configuration["Database:ConnectionString"] = "";
        builder.Configuration["Database:DataDirectory"] = data;
        builder.Configuration["Hub:AdminPassword"] = "bench-admin-password-1";
        builder.Configuration["Hub:SeedDemoHackathon"] = "true";
        builder.Configuration["Learning:WatchCourses"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.Configuration[key] = value;
        }

        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddHub();
        var app = builder.Build();
        await app.PrepareHubAsync();
        app.MapHub();
        await app.StartAsync();
        return new HubHost(app, BoundUrl(app), data);
    }

    public static string BoundUrl(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "HackathonPlatform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from a checkout: HackathonPlatform.sln not found.");
    }
}
