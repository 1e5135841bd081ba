namespace HackathonPlatform.Spawning;

/// <summary>One progress event of <see cref="ISpawner.StartAsync"/>, shown to the user while they wait.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="Message">A sentence for the progress page.</param>
/// <param name="Url">The server's URL, for <see cref="SpawnPhase.Ready"/>.</param>
/// <param name="Reason">Why it failed, for <see cref="SpawnPhase.Failed"/>.</param>
/// <param name="Placement">Where a ready server runs, for <see cref="SpawnPhase.Ready"/> (e.g. "Slurm job 12 on node1,
/// GPU 0"), when the backend knows; shown to the user and the organiser.</param>
public sealed record SpawnProgress(SpawnPhase Phase, string Message, Uri? Url = null, string? Reason = null, string? Placement = null)
{
    /// <summary>A pending event.</summary>
    /// <param name="message">What happens.</param>
    /// <returns>The event.</returns>
    public static SpawnProgress Pending(string message) => new(SpawnPhase.Pending, message);

    /// <summary>A starting event.</summary>
    /// <param name="message">What happens.</param>
    /// <returns>The event.</returns>
    public static SpawnProgress Starting(string message) => new(SpawnPhase.Starting, message);

    /// <summary>The ready event.</summary>
    /// <param name="url">The server's URL.</param>
    /// <param name="placement">Where it runs (job, node, GPUs), when the backend knows.</param>
    /// <returns>The event.</returns>
    public static SpawnProgress Ready(Uri url, string? placement = null) =>
        new(SpawnPhase.Ready, placement is null ? $"Server ready at {url}" : $"Server ready at {url} ({placement})", url, null, placement);

    /// <summary>The failed event.</summary>
    /// <param name="reason">Why, in words a user can act on.</param>
    /// <returns>The event.</returns>
    public static SpawnProgress Failed(string reason) => new(SpawnPhase.Failed, $"Server failed to start: {reason}", null, reason);

    /// <summary>Whether this event ends the start.</summary>
    public bool IsTerminal => Phase is SpawnPhase.Ready or SpawnPhase.Failed;
}
