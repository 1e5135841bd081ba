using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Usage;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Spawning.Flavours;
using HackathonPlatform.Web.Jobs;
using HackathonPlatform.Web.Metrics;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Web.Servers;

/// <summary>
/// What <see cref="ServerManager"/> asks of accounting: which flavour a server gets, whether a GPU start is within
/// quota, and opening and closing its usage record. Each call takes its own scope (the manager is a singleton).
/// </summary>
public sealed partial class ServerUsage(
    IServiceScopeFactory scopes, ServerFlavours flavours, ServerFlavourLookup lookup, HackathonAdmissionLocks admission,
    HackathonGpuCommitments commitments, HubMetrics metrics, ILogger<ServerUsage> logger)
{
    /// <summary>
    /// The owner's flavour (the allocated one, else the default) and, when it cannot start, the reason: an allocated
    /// flavour the configuration no longer allows, or a GPU start over quota.
    /// </summary>
    public async Task<(Flavour Flavour, string? Refusal)> AdmitAsync(WorkspaceOwner owner, CancellationToken ct)
    {
        var (flavour, refusal) = await lookup.ForAsync(owner, ct);
        if (flavour is null)
        {
            return (ServerFlavours.Cpu, refusal);
        }

        if (owner.GroupId is not { } groupId || flavour.GpuCount == 0)
        {
            return (flavour, null);
        }

        await using var scope = scopes.CreateAsyncScope();
        var quota = await scope.ServiceProvider.GetRequiredService<UsageService>().CheckQuotaAsync(groupId, flavour.GpuCount, ct);
        if (!quota.Succeeded)
        {
            return (flavour, quota.IsNotFound ? null : quota.ErrorSummary);
        }

        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var hackathon = await db.Groups.AsNoTracking().Where(g => g.Id == groupId).Select(g => new { g.HackathonId, g.Hackathon!.Title, g.Hackathon.MaxConcurrentGpus }).FirstAsync(ct);
        // Counted and admitted under the hackathon's lock, with starting servers and queued jobs, so simultaneous starts
        // cannot all pass the same check. In-process: several hub processes on one database would need a database lock.
        using (await admission.EnterAsync(hackathon.HackathonId, ct))
        {
            if (hackathon.MaxConcurrentGpus is { } max)
            {
                var (held, queued) = await commitments.CountAsync(db, hackathon.HackathonId, owner.Key, ct);
                if (held + queued + flavour.GpuCount > max)
                {
                    return (flavour, $"{hackathon.Title} allows {max} GPUs at once; {held} are in use or starting and {queued} are asked for by queued jobs: {flavour.GpuCount} more cannot be started now. Try again when another group stops its server.");
                }
            }

            commitments.AdmitServer(owner.Key, hackathon.HackathonId, flavour.GpuCount);
        }

        return (flavour, null);
    }

    /// <summary>Opens the server's usage record (idempotent: a re-attached server keeps its open record).</summary>
    public Task OpenAsync(WorkspaceOwner owner, string flavourName, DateTimeOffset startedAt, string? startedBy) => GuardAsync(owner, async usage =>
    {
        var flavour = flavours.Named(flavourName);
        await usage.OpenAsync(new UsageStart(owner.Key, owner.GroupId, startedBy ?? owner.UserId, flavour.Name, flavour.GpuCount, startedAt), CancellationToken.None);
    });

    /// <summary>Records a start's duration for /metrics.</summary>
    public void ObserveSpawn(TimeSpan duration, bool succeeded) => metrics.ObserveSpawn(duration, succeeded);

    /// <summary>Closes the server's usage record (stop, crash, culling).</summary>
    public Task CloseAsync(WorkspaceOwner owner) => GuardAsync(owner, usage => usage.CloseAsync(owner.Key, ct: CancellationToken.None));

    /// <summary>After re-attaching: closes records of servers that stopped while the hub was down.</summary>
    public async Task ReconcileAsync(IReadOnlyCollection<string> runningOwnerKeys, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UsageService>().ReconcileAsync(runningOwnerKeys, ct);
    }

    private async Task GuardAsync(WorkspaceOwner owner, Func<UsageService, Task> action)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await action(scope.ServiceProvider.GetRequiredService<UsageService>());
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
        {
            // Accounting must not keep a server from starting or stopping; the operator sees the log.
            LogAccountingFailed(ex, owner.Key);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Usage accounting failed for server {Owner}")]
    private partial void LogAccountingFailed(Exception ex, string owner);
}
