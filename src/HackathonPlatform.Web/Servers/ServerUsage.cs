using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Usage;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Spawning.Flavours;
using HackathonPlatform.Web.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Servers;

/// <summary>
/// What <see cref="ServerManager"/> asks of accounting: which flavour a server gets, whether a GPU start is within
/// quota, and opening and closing its usage record. Each call takes its own scope (the manager is a singleton).
/// </summary>
public sealed partial class ServerUsage(IServiceScopeFactory scopes, IOptions<ServerOptions> options, HubMetrics metrics, ILogger<ServerUsage> logger)
{
    /// <summary>The flavour of servers when none is configured.</summary>
    public static readonly Flavour Cpu = new() { Name = "cpu", Description = "CPU only" };

    private readonly Lazy<FlavourCatalog> catalog = new(() => new FlavourCatalog(new FlavourOptions { Items = options.Value.Flavours, Default = options.Value.DefaultFlavour }));

    /// <summary>The owner's flavour and, when a GPU start is over quota, the reason it is refused.</summary>
    public async Task<(Flavour Flavour, string? Refusal)> AdmitAsync(WorkspaceOwner owner, CancellationToken ct)
    {
        if (owner.GroupId is not { } groupId)
        {
            return (Resolve(null, null), null);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var group = await db.Groups.AsNoTracking().Where(g => g.Id == groupId).Select(g => new { g.Name, g.Hackathon!.Slug }).FirstOrDefaultAsync(ct);
        var flavour = Resolve(group?.Slug, group?.Name);
        if (flavour.GpuCount == 0)
        {
            return (flavour, null);
        }

        var quota = await scope.ServiceProvider.GetRequiredService<UsageService>().CheckQuotaAsync(groupId, flavour.GpuCount, ct);
        return (flavour, quota.Succeeded || quota.IsNotFound ? null : quota.ErrorSummary);
    }

    /// <summary>Opens the server's usage record (idempotent: a re-attached server keeps its open record).</summary>
    public Task OpenAsync(WorkspaceOwner owner, string flavourName, DateTimeOffset startedAt, string? startedBy) => GuardAsync(owner, async usage =>
    {
        var flavour = catalog.Value.Find(flavourName) ?? Cpu;
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

    private Flavour Resolve(string? hackathon, string? group) => catalog.Value.ChooseFor(hackathon, group, Cpu);

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
