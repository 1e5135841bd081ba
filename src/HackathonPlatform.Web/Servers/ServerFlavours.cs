using HackathonPlatform.Core.Groups;
using HackathonPlatform.Spawning.Flavours;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Servers;

/// <summary>
/// The hub's flavours (<c>Servers:Flavours</c>) and its one rule for a group's flavour: the one an organiser
/// allocated when the configuration still allows it, else <see cref="FlavourCatalog.ChooseFor"/>. Also the
/// policy the core's <see cref="GroupFlavourService"/> asks before allocating.
/// </summary>
public sealed class ServerFlavours(IOptions<ServerOptions> options) : IGroupFlavourPolicy
{
    /// <summary>The flavour of every server when none is configured.</summary>
    public static readonly Flavour Cpu = new() { Name = "cpu", Description = "CPU only" };

    // Null when no flavours are configured: every server is the CPU-only default then.
    private readonly Lazy<FlavourCatalog?> catalog = new(() => options.Value.Flavours.Count == 0
        ? null
        : new FlavourCatalog(new FlavourOptions { Items = options.Value.Flavours, Default = options.Value.DefaultFlavour }));

    /// <summary>Whether <c>Servers:Flavours</c> lists any flavour (else allocation has nothing to offer).</summary>
    public bool AreConfigured => catalog.Value is not null;

    /// <summary>A configured flavour by name, or the CPU-only default (a record of a flavour since removed).</summary>
    public Flavour Named(string? name) => name is null ? Cpu : catalog.Value?.Find(name) ?? Cpu;

    /// <summary>The flavours a hackathon's group may be allocated, in configured order.</summary>
    public IReadOnlyList<Flavour> AllowedFor(string hackathonSlug, string groupName) => catalog.Value?.AllowedFor(hackathonSlug, groupName) ?? [];

    /// <summary>The flavour the group gets when nothing is allocated.</summary>
    public Flavour DefaultFor(string? hackathonSlug, string? groupName) => catalog.Value?.ChooseFor(hackathonSlug, groupName, Cpu) ?? Cpu;

    /// <summary>
    /// The flavour a server starts with: the allocated one, or the default when none is. An allocated flavour the
    /// configuration no longer allows is refused (with the reason), never silently replaced by another.
    /// </summary>
    /// <param name="hackathonSlug">The group's hackathon; null for a personal server.</param>
    /// <param name="groupName">The group; null for a personal server.</param>
    /// <param name="allocated">The organiser's allocation, or null.</param>
    /// <returns>The flavour, or null and the reason.</returns>
    public (Flavour? Flavour, string? Refusal) Resolve(string? hackathonSlug, string? groupName, string? allocated)
    {
        if (string.IsNullOrEmpty(allocated))
        {
            return (DefaultFor(hackathonSlug, groupName), null);
        }

        var decision = Decide(allocated, hackathonSlug ?? "", groupName ?? "");
        return decision.Name is not null
            ? (Named(decision.Name), null)
            : (null, $"The flavour '{allocated}' allocated to {groupName} cannot be used any more: {decision.Refusal} An organiser can allocate another one on the dashboard.");
    }

    /// <summary>
    /// The flavour a group's batch job runs with: the requested one when the group may use it; none requested, the
    /// same rule as a server (<see cref="Resolve"/>: the allocated flavour, a stale allocation refused with the
    /// reason, else the default). Without configured flavours only "cpu" exists.
    /// </summary>
    /// <param name="requested">The flavour asked for; null or empty: the group's own.</param>
    /// <param name="hackathonSlug">The group's hackathon.</param>
    /// <param name="groupName">The group.</param>
    /// <param name="allocated">The organiser's allocation, or null.</param>
    /// <returns>The flavour, or null and the reason in words a participant can act on.</returns>
    public (Flavour? Flavour, string? Refusal) ResolveRequested(string? requested, string hackathonSlug, string groupName, string? allocated)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return Resolve(hackathonSlug, groupName, allocated);
        }

        var name = requested.Trim();
        if (catalog.Value is null)
        {
            return string.Equals(name, Cpu.Name, StringComparison.OrdinalIgnoreCase)
                ? (Cpu, null)
                : (null, $"There is no flavour '{name}': no flavours are configured, everything runs as '{Cpu.Name}'.");
        }

        var decision = Decide(name, hackathonSlug, groupName);
        return decision.Name is not null ? (Named(decision.Name), null) : (null, decision.Refusal);
    }

    /// <summary>The flavours a group may choose from for a job: <see cref="AllowedFor"/>, or only "cpu" when none are configured.</summary>
    public IReadOnlyList<Flavour> SelectableFor(string hackathonSlug, string groupName) =>
        catalog.Value is null ? [Cpu] : AllowedFor(hackathonSlug, groupName);

    /// <inheritdoc />
    public FlavourDecision Decide(string flavourName, string hackathonSlug, string groupName)
    {
        if (catalog.Value is not { } flavours)
        {
            return FlavourDecision.Refuse("No server flavours are configured (Servers:Flavours): every server is CPU-only.");
        }

        return flavours.TryResolve(flavourName, hackathonSlug, groupName, out var flavour, out var refusal)
            ? FlavourDecision.Allow(flavour!.Name)
            : FlavourDecision.Refuse(refusal!);
    }
}
