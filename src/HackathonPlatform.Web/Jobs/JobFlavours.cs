using HackathonPlatform.Spawning.Flavours;
using HackathonPlatform.Web.Servers;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Jobs;

/// <summary>
/// The flavours a group's jobs may use: the configured ones (<c>Servers:Flavours</c>) its hackathon and group may
/// use, by the catalogue's rule; the default is the flavour an organiser allocated to the group, else the catalogue's
/// choice. Without configured flavours every job is CPU-only ("cpu").
/// </summary>
public sealed class JobFlavours(IOptions<ServerOptions> options)
{
    /// <summary>The flavour of every job when none is configured.</summary>
    public static readonly Flavour Cpu = new() { Name = "cpu", Description = "CPU only" };

    private readonly Lazy<FlavourCatalog?> catalog = new(() => options.Value.Flavours.Count == 0
        ? null
        : new FlavourCatalog(new FlavourOptions { Items = options.Value.Flavours, Default = options.Value.DefaultFlavour }));

    /// <summary>A configured flavour by name, or the CPU-only one (a job of a flavour since removed).</summary>
    public Flavour Named(string? name) => name is null ? Cpu : catalog.Value?.Find(name) ?? Cpu;

    /// <summary>The flavours the group may submit with, in configured order.</summary>
    public IReadOnlyList<Flavour> AllowedFor(string hackathonSlug, string groupName) => catalog.Value?.AllowedFor(hackathonSlug, groupName) ?? [Cpu];

    /// <summary>The flavour preselected for the group: its allocated flavour when still allowed, else the catalogue's choice.</summary>
    public Flavour DefaultFor(string hackathonSlug, string groupName, string? allocated)
    {
        if (catalog.Value is not { } flavours)
        {
            return Cpu;
        }

        return allocated is { Length: > 0 } && flavours.TryResolve(allocated, hackathonSlug, groupName, out var chosen, out _)
            ? chosen!
            : flavours.ChooseFor(hackathonSlug, groupName, Cpu);
    }

    /// <summary>Resolves a requested flavour (null or empty: the group's default), refusing ones the group may not use.</summary>
    /// <returns>The flavour, or null and the reason in words a participant can act on.</returns>
    public (Flavour? Flavour, string? Refusal) Resolve(string? requested, string hackathonSlug, string groupName, string? allocated)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return (DefaultFor(hackathonSlug, groupName, allocated), null);
        }

        if (catalog.Value is not { } flavours)
        {
            return string.Equals(requested.Trim(), Cpu.Name, StringComparison.OrdinalIgnoreCase)
                ? (Cpu, null)
                : (null, $"There is no flavour '{requested.Trim()}': no flavours are configured, jobs run as '{Cpu.Name}'.");
        }

        return flavours.TryResolve(requested.Trim(), hackathonSlug, groupName, out var flavour, out var refusal) ? (flavour, null) : (null, refusal);
    }
}
