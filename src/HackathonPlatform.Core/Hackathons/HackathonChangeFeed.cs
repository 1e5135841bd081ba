namespace HackathonPlatform.Core.Hackathons;

/// <summary>
/// Tells in-process caches that a hackathon's public data (fields, seats taken) changed. Services publish
/// after saving; the hub's page and API caches listen and evict. Caches still expire on their own after a
/// few seconds, which bounds staleness when several hub processes share one database.
/// </summary>
public sealed class HackathonChangeFeed
{
    /// <summary>Raised with the hackathon's id after a change was saved.</summary>
    public event Action<int>? Changed;

    /// <summary>Announces a saved change.</summary>
    public void Publish(int hackathonId) => Changed?.Invoke(hackathonId);
}
