namespace HackathonPlatform.Core.Entities;

/// <summary>An organiser or tutor of one hackathon.</summary>
public class HackathonStaff
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The hackathon.</summary>
    public int HackathonId { get; set; }

    /// <summary>The staff member.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The staff member.</summary>
    public PlatformUser? User { get; set; }

    /// <summary>What they do in this hackathon.</summary>
    public StaffRole Role { get; set; }
}
