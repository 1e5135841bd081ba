namespace HackathonPlatform.Web.Hosting;

/// <summary>Settings of the hub itself, bound from the "Hub" configuration section.</summary>
public sealed class HubOptions
{
    /// <summary>Email of the administrator account created on first run.</summary>
    public string AdminEmail { get; set; } = "admin@hackathon.local";

    /// <summary>
    /// Password of that account. When empty on first run, one is generated and printed once to the console.
    /// Environment variable: Hub__AdminPassword (or HACKATHON_ADMIN_PASSWORD).
    /// </summary>
    public string? AdminPassword { get; set; }

    /// <summary>Seed the demo hackathon on first run (default on).</summary>
    public bool SeedDemoHackathon { get; set; } = true;

    /// <summary>Also seed sample participants, organiser and tutor accounts (the `--demo` flag).</summary>
    public bool SeedSampleParticipants { get; set; }

    /// <summary>Require a confirmed email address before signing in.</summary>
    public bool RequireConfirmedEmail { get; set; }
}
