namespace HackathonPlatform.Core.Entities;

/// <summary>An accepted participant's membership of a group (one group per hackathon).</summary>
public class GroupMember
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The group.</summary>
    public int GroupId { get; set; }

    /// <summary>The group.</summary>
    public Group? Group { get; set; }

    /// <summary>The hackathon, repeated so that one membership per hackathon is a unique index.</summary>
    public int HackathonId { get; set; }

    /// <summary>The member.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The member.</summary>
    public PlatformUser? User { get; set; }
}
