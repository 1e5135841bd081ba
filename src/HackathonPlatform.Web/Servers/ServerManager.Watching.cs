using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Spawning;

namespace HackathonPlatform.Web.Servers;

// Watching running servers: activity learnt outside the proxy, and servers that ended behind the hub's back.
public sealed partial class ServerManager
{
    /// <summary>
    /// Records activity the hub learnt other than through its proxy (the culler reads the kernels' last activity from
    /// the server), so that pages show the same idle time the culler acts on. Never moves the time backwards.
    /// </summary>
    internal void NoteActivity(WorkspaceOwner owner, DateTimeOffset at)
    {
        if (entries.TryGetValue(owner.Key, out var entry) && (entry.LastActivity is not { } last || at > last))
        {
            entry.LastActivity = at;
        }
    }

    /// <summary>
    /// Asks every running server's spawner whether it still runs (<see cref="ISpawner.PollAsync"/>, so for every
    /// backend) and records the ones that ended behind the hub's back: a process that crashed, a Slurm job cancelled
    /// or killed at its time limit, a deleted pod. Their records are marked stopped and their usage closed.
    /// </summary>
    /// <returns>How many servers were found gone.</returns>
    internal async Task<int> PollRunningAsync(CancellationToken ct)
    {
        var gone = 0;
        foreach (var (key, entry) in entries.ToArray())
        {
            try
            {
                if (ServerOwners.Parse(key) is { } owner && await DetectExitAsync(owner, entry, ct))
                {
                    gone++;
                }
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
            {
                // One backend's hiccup must not stop the others from being polled; the next round tries again.
                LogPollFailed(ex, key);
            }
        }

        return gone;
    }

    private async Task<bool> DetectExitAsync(WorkspaceOwner owner, Entry entry, CancellationToken ct)
    {
        // A page and the poller may see the same exit at once: only one records it.
        if (entry.State != NotebookServerState.Ready || await entry.Spawner.PollAsync(ct) is not { } status || Interlocked.Exchange(ref entry.ExitSeen, 1) == 1)
        {
            return false;
        }

        LogExited(owner.Key, status);
        entry.State = NotebookServerState.Stopped;
        entry.Message = $"The server stopped unexpectedly (exit status {status}). Start it again: saved notebooks are kept.";
        await SaveAsync(owner, entry, ct);
        entries.TryRemove(new KeyValuePair<string, Entry>(owner.Key, entry));
        await usage.CloseAsync(owner);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Server {Owner} ended without being stopped by the hub (exit status {Status})")]
    private partial void LogExited(string owner, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling server {Owner} failed; trying again next round")]
    private partial void LogPollFailed(Exception ex, string owner);
}
