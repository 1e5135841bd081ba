namespace HackathonPlatform.Spawning;

/// <summary>
/// Starts, watches and stops one notebook server (one per group), in the spirit of JupyterHub's
/// Spawner. Legal transitions:
/// <list type="bullet">
/// <item>stopped (new, failed, stopped or exited) --<see cref="StartAsync"/>--> Pending, Starting..., then
/// Ready (running) or Failed (stopped again, nothing left running);</item>
/// <item>running --<see cref="StopAsync"/>--> stopped; running --the server exits or is killed--> stopped,
/// seen by <see cref="PollAsync"/>;</item>
/// <item><see cref="StartAsync"/> while running or starting is refused; <see cref="StopAsync"/> when stopped does nothing;</item>
/// <item>after a hub restart: a new instance, <see cref="LoadState"/> with the saved state, then
/// <see cref="PollAsync"/> tells whether the server is still running, and it can be stopped or used.</item>
/// </list>
/// Implementations are safe to call from one request at a time per group; the hub serialises them.
/// </summary>
public interface ISpawner
{
    /// <summary>The running server's address and token (the hub's proxy adds the token), or null when not running.</summary>
    ServerEndpoint? Endpoint { get; }

    /// <summary>
    /// Starts the server and reports progress: first <see cref="SpawnPhase.Pending"/>, then any number
    /// of <see cref="SpawnPhase.Starting"/>, and last exactly one of <see cref="SpawnPhase.Ready"/>
    /// (with the URL) or <see cref="SpawnPhase.Failed"/> (with the reason). Cancelling stops the server.
    /// </summary>
    /// <param name="cancellationToken">Abandons the start; whatever was started is stopped.</param>
    /// <returns>The progress events.</returns>
    /// <exception cref="InvalidOperationException">The server is already running or starting.</exception>
    IAsyncEnumerable<SpawnProgress> StartAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Null while the server runs; otherwise its exit status (0 when it was never started or was
    /// stopped cleanly, -1 when it is gone and its status is unknown). May be called before start.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Null or the exit status.</returns>
    Task<int?> PollAsync(CancellationToken cancellationToken = default);

    /// <summary>Stops the server (gracefully, then by force) and waits until it is gone. Does nothing when stopped.</summary>
    /// <param name="cancellationToken">Stops waiting for a graceful exit; the server is then killed.</param>
    /// <returns>A task that completes when the server is gone.</returns>
    Task StopAsync(CancellationToken cancellationToken = default);

    /// <summary>What the hub stores to re-attach to a running server after its own restart.</summary>
    /// <returns>The state; empty values when nothing runs.</returns>
    SpawnerState GetState();

    /// <summary>Re-attaches to a server started by an earlier instance (call before anything else).</summary>
    /// <param name="state">A state from <see cref="GetState"/> of a spawner of the same backend.</param>
    /// <exception cref="ArgumentException">The state belongs to another backend.</exception>
    void LoadState(SpawnerState state);
}
