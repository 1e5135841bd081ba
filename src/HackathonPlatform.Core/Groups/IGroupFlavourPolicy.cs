namespace HackathonPlatform.Core.Groups;

/// <summary>
/// Which server flavours a hackathon's group may use. The flavours live in the hub's configuration
/// (the Spawning library's catalogue), which the core does not reference; the hub supplies this policy.
/// </summary>
public interface IGroupFlavourPolicy
{
    /// <summary>Decides whether a group may be allocated a flavour.</summary>
    /// <param name="flavourName">The requested flavour's name (any case).</param>
    /// <param name="hackathonSlug">The group's hackathon.</param>
    /// <param name="groupName">The group.</param>
    /// <returns>The flavour's configured name when allowed, otherwise the reason in words an organiser can act on.</returns>
    FlavourDecision Decide(string flavourName, string hackathonSlug, string groupName);
}

/// <summary>The answer of <see cref="IGroupFlavourPolicy.Decide"/>: exactly one of the two is set.</summary>
/// <param name="Name">The flavour's name as configured, when allowed.</param>
/// <param name="Refusal">Why not, when refused.</param>
public sealed record FlavourDecision(string? Name, string? Refusal)
{
    /// <summary>The flavour is allowed.</summary>
    /// <param name="name">Its configured name.</param>
    /// <returns>The decision.</returns>
    public static FlavourDecision Allow(string name) => new(name, null);

    /// <summary>The flavour is refused.</summary>
    /// <param name="reason">Why.</param>
    /// <returns>The decision.</returns>
    public static FlavourDecision Refuse(string reason) => new(null, reason);
}
