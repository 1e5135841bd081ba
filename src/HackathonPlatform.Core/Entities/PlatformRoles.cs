namespace HackathonPlatform.Core.Entities;

/// <summary>The global roles an administrator grants. Participation needs no role.</summary>
public static class PlatformRoles
{
    /// <summary>Manages accounts, roles and every hackathon.</summary>
    public const string Admin = "Admin";

    /// <summary>May create hackathons and manages the ones they organise.</summary>
    public const string Organiser = "Organiser";

    /// <summary>May be appointed tutor of a hackathon and then grades its submissions.</summary>
    public const string Tutor = "Tutor";

    /// <summary>All roles, in the order the admin page lists them.</summary>
    public static readonly IReadOnlyList<string> All = [Admin, Organiser, Tutor];
}
