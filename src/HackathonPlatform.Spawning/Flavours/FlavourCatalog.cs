namespace HackathonPlatform.Spawning.Flavours;

/// <summary>Looks flavours up by name and by who asks; the hub's one place for "may this group use that flavour".</summary>
public sealed class FlavourCatalog
{
    private readonly FlavourOptions _options;

    /// <summary>Creates a catalog over validated options.</summary>
    /// <param name="options">The flavours.</param>
    /// <exception cref="ArgumentException">The options are invalid (the message lists every problem).</exception>
    public FlavourCatalog(FlavourOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = FlavourValidator.Validate(options);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, errors), nameof(options));
        }

        _options = options;
    }

    /// <summary>Every flavour, in configured order.</summary>
    public IReadOnlyList<Flavour> All => _options.Items;

    /// <summary>The default flavour, or null when none is configured.</summary>
    public Flavour? Default => _options.Default is { } name ? Find(name) : (_options.Items.Count > 0 ? _options.Items[0] : null);

    /// <summary>A flavour by name (case-insensitive), or null.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The flavour.</returns>
    public Flavour? Find(string name) => _options.Items.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The flavours a hackathon's group may use.</summary>
    /// <param name="hackathon">The hackathon's slug, or null outside a hackathon.</param>
    /// <param name="group">The group, or null for a personal server.</param>
    /// <returns>The allowed flavours, in configured order.</returns>
    public IReadOnlyList<Flavour> AllowedFor(string? hackathon, string? group) =>
        _options.Items.Where(f => f.IsAllowedFor(hackathon, group)).ToList();

    /// <summary>Resolves a requested flavour, refusing unknown ones and ones the group may not use.</summary>
    /// <param name="name">The requested name; null for the default.</param>
    /// <param name="hackathon">The hackathon's slug, or null.</param>
    /// <param name="group">The group, or null.</param>
    /// <param name="flavour">The flavour when allowed.</param>
    /// <param name="refusal">Why not, in words a user can act on, when refused.</param>
    /// <returns>True when allowed.</returns>
    public bool TryResolve(string? name, string? hackathon, string? group, out Flavour? flavour, out string? refusal)
    {
        flavour = name is null ? Default : Find(name);
        refusal = null;
        if (flavour is null)
        {
            refusal = name is null ? "No flavour is configured." : $"There is no flavour '{name}'. Known: {string.Join(", ", All.Select(f => f.Name))}.";
        }
        else if (!flavour.IsAllowedFor(hackathon, group))
        {
            refusal = $"Flavour '{flavour.Name}' is not available to group '{group ?? "(personal)"}' of hackathon '{hackathon ?? "(none)"}'.";
            flavour = null;
        }

        return flavour is not null;
    }

    /// <summary>
    /// The flavour a group's server gets when nobody chose one: the first allowed flavour that names the
    /// group, else the first that names its hackathon, else the default (when allowed), else the first
    /// allowed one, else <paramref name="fallback"/>.
    /// </summary>
    /// <param name="hackathon">The hackathon's slug, or null for a personal server.</param>
    /// <param name="group">The group's name, or null for a personal server.</param>
    /// <param name="fallback">What to use when nothing is configured or allowed.</param>
    public Flavour ChooseFor(string? hackathon, string? group, Flavour fallback)
    {
        var allowed = AllowedFor(hackathon, group);
        return allowed.FirstOrDefault(f => group is not null && f.Groups.Contains(group, StringComparer.OrdinalIgnoreCase))
            ?? allowed.FirstOrDefault(f => hackathon is not null && f.Hackathons.Contains(hackathon, StringComparer.OrdinalIgnoreCase))
            ?? (TryResolve(null, hackathon, group, out var chosen, out _) ? chosen : null)
            ?? (allowed.Count > 0 ? allowed[0] : null)
            ?? fallback;
    }
}
