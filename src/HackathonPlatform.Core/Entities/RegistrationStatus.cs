namespace HackathonPlatform.Core.Entities;

/// <summary>Where an application stands.</summary>
public enum RegistrationStatus
{
    /// <summary>Waiting for the organiser's decision.</summary>
    Pending = 0,

    /// <summary>Holds a seat.</summary>
    Accepted = 1,

    /// <summary>Waits for a seat, in <see cref="Registration.Sequence"/> order.</summary>
    Waitlisted = 2,

    /// <summary>Turned down by the organiser.</summary>
    Rejected = 3,

    /// <summary>Withdrawn by the applicant; the seat went to the wait-list.</summary>
    Withdrawn = 4,
}
