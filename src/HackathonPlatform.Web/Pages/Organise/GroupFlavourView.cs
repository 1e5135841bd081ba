using HackathonPlatform.Core.Entities;
using HackathonPlatform.Spawning.Flavours;
using HackathonPlatform.Web.Servers;

namespace HackathonPlatform.Web.Pages.Organise;

/// <summary>One group's flavour on the organiser dashboard.</summary>
/// <param name="Allowed">The flavours the group may be allocated (configuration restrictions applied).</param>
/// <param name="Allocated">The organiser's allocation, or null for the default.</param>
/// <param name="Default">The flavour the group gets when nothing is allocated.</param>
/// <param name="Note">What the organiser should know: the allocation no longer allowed, or a running server on another flavour.</param>
public sealed record GroupFlavourView(IReadOnlyList<Flavour> Allowed, string? Allocated, Flavour Default, string? Note)
{
    /// <summary>Builds the view from the configuration, the group and its server.</summary>
    public static GroupFlavourView Of(ServerFlavours flavours, string hackathonSlug, Group group, ServerView server)
    {
        ArgumentNullException.ThrowIfNull(flavours);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(server);
        var (next, refusal) = flavours.Resolve(hackathonSlug, group.Name, group.FlavourName);
        var running = server.State is NotebookServerState.Ready or NotebookServerState.Starting or NotebookServerState.Pending;
        var note = refusal
            ?? (running && next is not null && server.Flavour is { } current && !string.Equals(current, next.Name, StringComparison.OrdinalIgnoreCase)
                ? $"The server runs with {current}; {next.Name} takes effect at its next start (Restart)."
                : null);
        return new GroupFlavourView(flavours.AllowedFor(hackathonSlug, group.Name), group.FlavourName, flavours.DefaultFor(hackathonSlug, group.Name), note);
    }
}
