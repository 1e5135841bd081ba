namespace HackathonPlatform.Core.Entities;

/// <summary>A role an account holds within one hackathon.</summary>
public enum StaffRole
{
    /// <summary>Manages the hackathon.</summary>
    Organiser = 0,

    /// <summary>Grades the hackathon's submissions.</summary>
    Tutor = 1,
}
