namespace HackathonPlatform.Core.Entities;

/// <summary>A team within a hackathon; it will own one notebook server.</summary>
public class Group
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The hackathon.</summary>
    public int HackathonId { get; set; }

    /// <summary>The hackathon.</summary>
    public Hackathon? Hackathon { get; set; }

    /// <summary>Display name, unique within the hackathon.</summary>
    public string Name { get; set; } = "";

    /// <summary>Code participants type to join when self-formed groups are allowed.</summary>
    public string InviteCode { get; set; } = "";

    /// <summary>
    /// The server flavour the organiser allocated to this group (a name from the hub's Flavours
    /// configuration), or null to let the catalogue choose (the first flavour the group may use).
    /// </summary>
    public string? FlavourName { get; set; }

    /// <summary>Members.</summary>
    public List<GroupMember> Members { get; set; } = [];
}
