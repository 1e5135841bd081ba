using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Groups;
using HackathonPlatform.Core.Hackathons;
using HackathonPlatform.Core.Registrations;
using HackathonPlatform.Web.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Infrastructure;

/// <summary>The real hub on a fresh SQLite file in a temporary folder, with the demo hackathon seeded.</summary>
public class HubFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "admin-password-123";
    public const string Password = "participant-password-1";

    private int serversStopped;

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "hp-web-" + Guid.NewGuid().ToString("N")[..8]);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataDirectory", dataDirectory);
        builder.UseSetting("Database:ConnectionString", "");
        builder.UseSetting("Hub:AdminEmail", AdminEmail);
        builder.UseSetting("Hub:AdminPassword", AdminPassword);
        builder.UseSetting("Hub:SeedDemoHackathon", "true");
        builder.UseSetting("Hub:SeedSampleParticipants", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Servers:ExitWithHub", "true");
    }

    /// <summary>Notebook servers are separate processes that outlive a hub on purpose: tests stop theirs, once.</summary>
    private async Task StopServersAsync()
    {
        if (Interlocked.Exchange(ref serversStopped, 1) == 1)
        {
            return;
        }

        try
        {
            await Services.GetRequiredService<HackathonPlatform.Web.Servers.ServerManager>().StopAllAsync("Test finished.", CancellationToken.None);
        }
        catch (ObjectDisposedException)
        {
            // The host was already disposed: it never started a server.
        }
    }

    /// <summary>The spawner state the hub saved for a server (stored encrypted).</summary>
    public HackathonPlatform.Spawning.SpawnerState SavedState(NotebookServerRecord record) =>
        Services.GetRequiredService<HackathonPlatform.Web.Servers.ServerStateProtector>().Read(record.SpawnerState);

    public HubClient NewClient() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Creates an account (confirmed) with the given global roles.</summary>
    public async Task<PlatformUser> CreateUserAsync(string name, params string[] roles)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var email = $"{name}@test.local";
        var user = new PlatformUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }

        return user;
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    public Task<Hackathon> DemoHackathonAsync() =>
        WithScopeAsync(async sp => (await sp.GetRequiredService<HackathonService>().FindBySlugAsync(DemoSeeder.DemoSlug))!);

    /// <summary>A published hackathon organised by <paramref name="organiser"/>.</summary>
    public Task<Hackathon> CreateHackathonAsync(PlatformUser organiser, string title, int capacity = 20, bool autoAccept = true, bool selfFormed = false) =>
        WithScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<HackathonService>();
            var outcome = await service.CreateAsync(new HackathonInput
            {
                Title = title,
                Venue = "Online",
                StartsAt = DateTimeOffset.UtcNow.AddDays(20),
                EndsAt = DateTimeOffset.UtcNow.AddDays(22),
                RegistrationOpensAt = DateTimeOffset.UtcNow.AddDays(-1),
                Capacity = capacity,
                GroupSize = Math.Min(4, capacity),
                AutoAccept = autoAccept,
                AllowSelfFormedGroups = selfFormed,
                Questions = [new QuestionInput("Your research field")],
            }, organiser.Id);
            Assert.True(outcome.Succeeded, outcome.ErrorSummary);
            await service.SetPublishedAsync(outcome.Value!.Id, true);
            return (await service.FindAsync(outcome.Value.Id))!;
        });

    public Task<Registration> ApplyAsync(Hackathon hackathon, PlatformUser user) =>
        WithScopeAsync(async sp =>
        {
            var outcome = await sp.GetRequiredService<RegistrationService>().ApplyAsync(hackathon.Id, user.Id, hackathon.Questions.ToDictionary(q => q.Id, _ => "Physics"));
            Assert.True(outcome.Succeeded, outcome.ErrorSummary);
            return outcome.Value!;
        });

    public Task<Group> GroupAsync(Hackathon hackathon, string name, params PlatformUser[] members) =>
        WithScopeAsync(async sp =>
        {
            var groups = sp.GetRequiredService<GroupService>();
            var group = (await groups.CreateAsync(hackathon.Id, name)).Value!;
            foreach (var m in members)
            {
                Assert.True((await groups.AddMemberAsync(hackathon.Id, group.Id, m.Id)).Succeeded);
            }

            return group;
        });

    public Task AppointAsync(Hackathon hackathon, PlatformUser user, StaffRole role) =>
        WithScopeAsync(async sp => (await sp.GetRequiredService<StaffService>().AppointAsync(hackathon.Id, user.Email!, role)).Value!);

    public override async ValueTask DisposeAsync()
    {
        await StopServersAsync();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected override void Dispose(bool disposing)
    {
        StopServersAsync().GetAwaiter().GetResult();
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
