namespace HackathonPlatform.Spawning.Flavours;

/// <summary>The flavours an installation offers, bound from the <c>Flavours</c> configuration section.</summary>
public sealed record FlavourOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Flavours";

    /// <summary>The flavours, in the order users see them.</summary>
    public IReadOnlyList<Flavour> Items { get; init; } = [];

    /// <summary>The flavour used when none is chosen; null: the first one.</summary>
    public string? Default { get; init; }
}
