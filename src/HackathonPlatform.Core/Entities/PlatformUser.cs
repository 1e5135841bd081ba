using Microsoft.AspNetCore.Identity;

namespace HackathonPlatform.Core.Entities;

/// <summary>An account of the hub. Every account may apply to hackathons as a participant.</summary>
public class PlatformUser : IdentityUser
{
    /// <summary>The name shown to organisers, tutors and group mates.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>When the account was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
