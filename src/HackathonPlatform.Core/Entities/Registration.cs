namespace HackathonPlatform.Core.Entities;

/// <summary>One account's application to one hackathon (at most one per pair).</summary>
public class Registration
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The hackathon applied to.</summary>
    public int HackathonId { get; set; }

    /// <summary>The hackathon applied to.</summary>
    public Hackathon? Hackathon { get; set; }

    /// <summary>The applicant.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The applicant.</summary>
    public PlatformUser? User { get; set; }

    /// <summary>Current state.</summary>
    public RegistrationStatus Status { get; set; }

    /// <summary>Arrival order within the hackathon, from 1, assigned under the hackathon's lock.</summary>
    public int Sequence { get; set; }

    /// <summary>When the application arrived.</summary>
    public DateTimeOffset AppliedAt { get; set; }

    /// <summary>When the status last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Answers to the hackathon's questions.</summary>
    public List<ApplicationAnswer> Answers { get; set; } = [];
}
