using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Spawning;
using HackathonPlatform.Web.Servers;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Servers;

/// <summary>
/// A hub restarting on a database whose "running" servers it cannot reach: saved by a hub on another backend (the
/// Slurm demo, then ./run.sh on the same data folder), damaged, or encrypted with lost keys. Found by trying it: the hub used to stop at start.
/// </summary>
public sealed class ReattachTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Theory]
    [InlineData("slurm", "it was started on the slurm backend, which this hub does not use now")]
    [InlineData("not json", "its saved state is unreadable")]
    [InlineData("other keys", "its saved state is unreadable")]
    public async Task A_server_saved_by_another_backend_or_damaged_is_marked_stopped_and_the_hub_carries_on(string saved, string reason)
    {
        var organiser = await hub.CreateUserAsync($"reattach-{Guid.NewGuid():N}"[..20], PlatformRoles.Organiser);
        var hackathon = await hub.CreateHackathonAsync(organiser, "Reattach " + saved);
        var group = await hub.GroupAsync(hackathon, "Team " + saved);
        var state = saved switch
        {
            // Plain JSON, as saved before states were encrypted: still read, and refused for its backend.
            "slurm" => new SpawnerState("slurm", new Dictionary<string, string> { ["job"] = "12" }).ToJson(),
            // Encrypted with keys this hub does not have (its data folder's keys directory was lost).
            "other keys" => "dp1:CfDJ8" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(120)).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
            _ => "{ not json",
        };
        await hub.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HubDbContext>();
            db.NotebookServers.Add(new NotebookServerRecord
            {
                OwnerKey = $"group-{group.Id}", GroupId = group.Id, State = NotebookServerState.Ready, Flavour = "cpu",
                Message = "Ready: Slurm job 12 on node1, GPU 0.", SpawnerState = state, StartedAt = DateTimeOffset.UtcNow.AddMinutes(-5),
            });
            return await db.SaveChangesAsync();
        });

        await hub.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ServerManager>().ReattachAsync(CancellationToken.None);
            return 0;
        });

        var record = await hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().NotebookServers.AsNoTracking().SingleAsync(r => r.GroupId == group.Id));
        Assert.Equal(NotebookServerState.Stopped, record.State);
        Assert.StartsWith("The hub restarted and cannot reach the server it had (", record.Message, StringComparison.Ordinal);
        Assert.Contains(reason, record.Message, StringComparison.Ordinal);
        Assert.Equal("", record.SpawnerState);
        using var client = hub.NewClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.Http.GetAsync("/hackathons")).StatusCode);
    }
}
