namespace HackathonPlatform.Core.Entities;

/// <summary>
/// The hub's record of one notebook server (a group's or a person's): what the spawner needs to re-attach
/// after a hub restart, and what the pages show. One row per owner; it is reused across starts.
/// </summary>
public class NotebookServerRecord
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>"group-{id}" or "user-{id}": unique, also the path segment under /servers/.</summary>
    public string OwnerKey { get; set; } = "";

    /// <summary>The group, for a group server.</summary>
    public int? GroupId { get; set; }

    /// <summary>The person, for a personal server.</summary>
    public string? UserId { get; set; }

    /// <summary>The flavour it runs with (e.g. "cpu").</summary>
    public string Flavour { get; set; } = "cpu";

    /// <summary>Current state as last observed.</summary>
    public NotebookServerState State { get; set; }

    /// <summary>The last progress or failure message shown to users.</summary>
    public string Message { get; set; } = "";

    /// <summary>The spawner's saved state (JSON) while running; empty when stopped.</summary>
    public string SpawnerState { get; set; } = "";

    /// <summary>When the current or last run was requested.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When the last run stopped.</summary>
    public DateTimeOffset? StoppedAt { get; set; }

    /// <summary>Last activity seen (proxied request or kernel activity), for idle culling.</summary>
    public DateTimeOffset? LastActivityAt { get; set; }
}
