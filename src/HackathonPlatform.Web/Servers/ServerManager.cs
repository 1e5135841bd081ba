using System.Collections.Concurrent;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Spawning;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Web.Servers;

/// <summary>
/// Starts, watches and stops notebook servers through the configured spawner, and keeps their records in
/// the database so that a restarted hub re-attaches to servers that kept running (JupyterHub's model).
/// Starting runs in the background; pages show its progress from <see cref="GetAsync"/>.
/// </summary>
public sealed partial class ServerManager(
    IServiceScopeFactory scopes, ISpawnerFactory spawners, ServerUsage usage, ServerFlavours flavours, ServerStateProtector states, TimeProvider clock, ILogger<ServerManager> logger)
    : IServerDirectory
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>The server's current view: state, message and progress of the current start.</summary>
    public async Task<ServerView> GetAsync(WorkspaceOwner owner, CancellationToken ct)
    {
        if (entries.TryGetValue(owner.Key, out var entry))
        {
            await DetectExitAsync(owner, entry, ct);
            return entry.View(owner);
        }

        await using var scope = scopes.CreateAsyncScope();
        var record = await scope.ServiceProvider.GetRequiredService<HubDbContext>().NotebookServers.AsNoTracking().FirstOrDefaultAsync(r => r.OwnerKey == owner.Key, ct);
        return new ServerView(owner.Key, record?.State is NotebookServerState.Failed ? NotebookServerState.Failed : NotebookServerState.Stopped,
            record?.Message ?? "Not started yet.", [], record?.StartedAt, record?.LastActivityAt, null, record?.Flavour);
    }

    /// <summary>Starts the server unless it is starting or running; returns at once (progress via <see cref="GetAsync"/>).</summary>
    /// <remarks>A GPU flavour over the hackathon's quota is refused: the view is Failed and says why.</remarks>
    public async Task<ServerView> StartAsync(WorkspaceOwner owner, CancellationToken ct, string? startedBy = null)
    {
        if (entries.TryGetValue(owner.Key, out var current) && current.State is not (NotebookServerState.Stopped or NotebookServerState.Failed))
        {
            return current.View(owner);
        }

        var (flavour, refusal) = await usage.AdmitAsync(owner, ct);
        if (refusal is not null)
        {
            return new ServerView(owner.Key, NotebookServerState.Failed, refusal, [refusal], null, null, null);
        }

        var fresh = new Entry(spawners.Create(owner, flavour)) { State = NotebookServerState.Pending, Message = "Start requested.", StartedAt = clock.GetUtcNow(), Flavour = flavour.Name, StartedBy = startedBy };
        var entry = entries.AddOrUpdate(owner.Key, fresh, (_, existing) => existing.State is NotebookServerState.Stopped or NotebookServerState.Failed ? fresh : existing);
        if (entry == fresh)
        {
            fresh.Progress.Enqueue(fresh.Message);
            await SaveAsync(owner, fresh, ct);
            // The start outlives the request that asked for it.
            fresh.Run = Task.Run(() => RunStartAsync(owner, fresh), CancellationToken.None);
        }

        return entry.View(owner);
    }

    /// <summary>Stops the server (if running) and records why.</summary>
    public async Task StopAsync(WorkspaceOwner owner, string reason, CancellationToken ct)
    {
        if (!entries.TryGetValue(owner.Key, out var entry))
        {
            return;
        }

        await entry.Spawner.StopAsync(ct);
        entry.State = NotebookServerState.Stopped;
        entry.Message = reason;
        await SaveAsync(owner, entry, ct);
        entries.TryRemove(new KeyValuePair<string, Entry>(owner.Key, entry));
        await usage.CloseAsync(owner);
        LogStopped(owner.Key, reason);
    }

    /// <inheritdoc />
    public async Task<ServerEndpoint?> FindReadyAsync(WorkspaceOwner owner, CancellationToken ct)
    {
        if (!entries.TryGetValue(owner.Key, out var entry) || entry.State != NotebookServerState.Ready)
        {
            return null;
        }

        await DetectExitAsync(owner, entry, ct);
        return entry.State == NotebookServerState.Ready ? entry.Spawner.Endpoint : null;
    }

    /// <inheritdoc />
    public void Touch(WorkspaceOwner owner)
    {
        if (entries.TryGetValue(owner.Key, out var entry))
        {
            entry.LastActivity = clock.GetUtcNow();
        }
    }

    /// <summary>Running servers with their last proxied activity, for the idle culler.</summary>
    internal IEnumerable<(WorkspaceOwner Owner, ServerEndpoint Endpoint, DateTimeOffset LastActivity)> Running() =>
        entries.Where(e => e.Value.State == NotebookServerState.Ready && e.Value.Spawner.Endpoint is not null)
            .Select(e => (ServerOwners.Parse(e.Key)!, e.Value.Spawner.Endpoint!, e.Value.LastActivity ?? e.Value.StartedAt ?? clock.GetUtcNow()));

    /// <summary>
    /// After a hub restart: re-attaches to the servers the database says were running, and records the ones
    /// that stopped meanwhile. Servers keep running while the hub is down (they are separate processes).
    /// </summary>
    public async Task ReattachAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var records = await db.NotebookServers.Where(r => r.State == NotebookServerState.Ready || r.State == NotebookServerState.Starting || r.State == NotebookServerState.Pending).ToListAsync(ct);
        foreach (var record in records)
        {
            var owner = ServerOwners.Parse(record.OwnerKey);
            if (owner is null)
            {
                continue;
            }

            // The server runs with the flavour it was started with, whatever is allocated now.
            var entry = new Entry(spawners.Create(owner, flavours.Named(record.Flavour))) { StartedAt = record.StartedAt, LastActivity = record.LastActivityAt, Flavour = record.Flavour, StartedBy = record.UserId };
            if (TryLoadState(entry, record) is { } unusable)
            {
                // Saved by a hub on another backend (say, the Slurm demo, then ./run.sh on the same data folder) or
                // unreadable: this hub cannot reach that server, and one such record must not stop the hub starting.
                LogStateUnusable(owner.Key, unusable);
                (entry.State, entry.Message) = (NotebookServerState.Stopped, $"The hub restarted and cannot reach the server it had ({unusable}). Start it again: saved notebooks are kept.");
                await SaveAsync(owner, entry, ct);
                continue;
            }

            var running = record.SpawnerState.Length > 0 && await entry.Spawner.PollAsync(ct) is null && entry.Spawner.Endpoint is not null;
            (entry.State, entry.Message) = running
                ? (NotebookServerState.Ready, record.Message.StartsWith("Ready", StringComparison.Ordinal) ? record.Message : "Ready.")
                : (NotebookServerState.Stopped, "The server stopped while the hub was restarting. Start it again: saved notebooks are kept.");
            if (running)
            {
                entries[owner.Key] = entry;
                await usage.OpenAsync(owner, entry.Flavour, record.StartedAt ?? clock.GetUtcNow(), entry.StartedBy);
            }
            else
            {
                await entry.Spawner.StopAsync(ct);
            }

            await SaveAsync(owner, entry, ct);
        }

        // Closes the usage of servers found gone, including ones whose record was already marked stopped.
        await usage.ReconcileAsync([.. entries.Keys], ct);
    }

    /// <summary>Stops every server this hub started or re-attached (used by tests and a clean shutdown).</summary>
    public async Task StopAllAsync(string reason, CancellationToken ct)
    {
        foreach (var key in entries.Keys.ToList())
        {
            await StopAsync(ServerOwners.Parse(key)!, reason, ct);
        }
    }

    private async Task RunStartAsync(WorkspaceOwner owner, Entry entry)
    {
        try
        {
            await foreach (var progress in entry.Spawner.StartAsync())
            {
                if (progress.Phase == SpawnPhase.Ready)
                {
                    // The usage record opens before anyone can see the server as ready, so no use goes unaccounted.
                    usage.ObserveSpawn(clock.GetUtcNow() - (entry.StartedAt ?? clock.GetUtcNow()), succeeded: true);
                    await usage.OpenAsync(owner, entry.Flavour, clock.GetUtcNow(), entry.StartedBy);
                }

                entry.State = progress.Phase switch
                {
                    SpawnPhase.Pending => NotebookServerState.Pending,
                    SpawnPhase.Starting => NotebookServerState.Starting,
                    SpawnPhase.Ready => NotebookServerState.Ready,
                    _ => NotebookServerState.Failed,
                };
                entry.Message = progress.Phase != SpawnPhase.Ready ? progress.Message : progress.Placement is { } placement ? $"Ready: {placement}." : "Ready.";
                entry.Progress.Enqueue(progress.Message);
                await SaveAsync(owner, entry, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A spawner bug must not take the hub down: the user sees the reason and may start again.
            entry.State = NotebookServerState.Failed;
            entry.Message = $"The server could not be started: {ex.Message}";
            usage.ObserveSpawn(clock.GetUtcNow() - (entry.StartedAt ?? clock.GetUtcNow()), succeeded: false);
            await SaveAsync(owner, entry, CancellationToken.None);
            LogStartFailed(ex, owner.Key);
        }
    }

    private async Task SaveAsync(WorkspaceOwner owner, Entry entry, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var record = await db.NotebookServers.FirstOrDefaultAsync(r => r.OwnerKey == owner.Key, ct);
        if (record is null)
        {
            record = new NotebookServerRecord { OwnerKey = owner.Key, GroupId = owner.GroupId, UserId = owner.UserId };
            db.NotebookServers.Add(record);
        }

        record.State = entry.State;
        record.Flavour = entry.Flavour;
        record.Message = entry.Message.Length > 2000 ? entry.Message[..2000] : entry.Message;
        record.StartedAt = entry.StartedAt;
        record.LastActivityAt = entry.LastActivity;
        record.SpawnerState = entry.State is NotebookServerState.Ready or NotebookServerState.Starting ? states.Protect(entry.Spawner.GetState()) : "";
        if (entry.State is NotebookServerState.Stopped or NotebookServerState.Failed)
        {
            record.StoppedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Loads the saved spawner state; returns why it cannot be used, or null.</summary>
    private string? TryLoadState(Entry entry, NotebookServerRecord record)
    {
        if (record.SpawnerState.Length == 0)
        {
            return null;
        }

        SpawnerState state;
        try
        {
            state = states.Read(record.SpawnerState);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or System.Security.Cryptography.CryptographicException)
        {
            // Damaged, or encrypted with keys this hub does not have (the data folder's keys directory was lost).
            return "its saved state is unreadable";
        }

        // A fresh spawner's state names its backend.
        if (state.Backend != entry.Spawner.GetState().Backend)
        {
            return $"it was started on the {state.Backend} backend, which this hub does not use now";
        }

        try
        {
            entry.Spawner.LoadState(state);
            return null;
        }
        catch (ArgumentException ex)
        {
            return $"its saved state is unusable: {ex.Message}";
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Server {Owner} cannot be re-attached: {Reason}")]
    private partial void LogStateUnusable(string owner, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Server {Owner} stopped: {Reason}")]
    private partial void LogStopped(string owner, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Starting server {Owner} failed")]
    private partial void LogStartFailed(Exception ex, string owner);

    private sealed class Entry(ISpawner spawner)
    {
        /// <summary>1 once the server's unexpected exit was recorded (set with Interlocked).</summary>
        public int ExitSeen;

        public ISpawner Spawner { get; } = spawner;

        public NotebookServerState State { get; set; }

        public string Message { get; set; } = "";

        public ConcurrentQueue<string> Progress { get; } = new();

        public DateTimeOffset? StartedAt { get; init; }

        public DateTimeOffset? LastActivity { get; set; }

        public Task? Run { get; set; }

        public string Flavour { get; init; } = "cpu";

        public string? StartedBy { get; init; }

        public ServerView View(WorkspaceOwner owner) =>
            new(owner.Key, State, Message, [.. Progress], StartedAt, LastActivity, State == NotebookServerState.Ready ? owner.BasePath() : null, Flavour);
    }
}
