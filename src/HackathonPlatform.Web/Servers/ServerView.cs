using HackathonPlatform.Core.Entities;

namespace HackathonPlatform.Web.Servers;

/// <summary>What the pages and the API show of one server.</summary>
/// <param name="OwnerKey">"group-{id}" or "user-{id}".</param>
/// <param name="State">Current state.</param>
/// <param name="Message">Last progress or failure message.</param>
/// <param name="Progress">The messages of the current start, oldest first.</param>
/// <param name="StartedAt">When the current or last run was requested.</param>
/// <param name="LastActivityAt">Last activity seen.</param>
/// <param name="Url">The address to open (the hub's proxy path) when ready.</param>
/// <param name="Flavour">The flavour the current or last run was started with; null when it never ran.</param>
public sealed record ServerView(string OwnerKey, NotebookServerState State, string Message, IReadOnlyList<string> Progress, DateTimeOffset? StartedAt, DateTimeOffset? LastActivityAt, string? Url, string? Flavour = null);
