namespace HackathonPlatform.Core.Entities;

/// <summary>An event with a registration window, a capacity and groups. Times are UTC.</summary>
public class Hackathon
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>Short URL-safe name, unique (e.g. "ai-infn-2026").</summary>
    public string Slug { get; set; } = "";

    /// <summary>Title shown everywhere.</summary>
    public string Title { get; set; } = "";

    /// <summary>Description in Markdown; rendered sanitised.</summary>
    public string DescriptionMarkdown { get; set; } = "";

    /// <summary>Venue, or "Online".</summary>
    public string Venue { get; set; } = "";

    /// <summary>First moment of the event.</summary>
    public DateTimeOffset StartsAt { get; set; }

    /// <summary>Last moment of the event; after <see cref="StartsAt"/>.</summary>
    public DateTimeOffset EndsAt { get; set; }

    /// <summary>Applications are taken from this moment.</summary>
    public DateTimeOffset RegistrationOpensAt { get; set; }

    /// <summary>Applications are refused after this moment.</summary>
    public DateTimeOffset RegistrationClosesAt { get; set; }

    /// <summary>Seats for accepted participants (at least 1).</summary>
    public int Capacity { get; set; }

    /// <summary>Target number of members per group (at least 1).</summary>
    public int GroupSize { get; set; }

    /// <summary>Accept applicants automatically while seats are free; wait-list the rest.</summary>
    public bool AutoAccept { get; set; }

    /// <summary>Participants may join groups with an invite code.</summary>
    public bool AllowSelfFormedGroups { get; set; }

    /// <summary>Only published hackathons are visible to the public and take applications.</summary>
    public bool IsPublished { get; set; }

    /// <summary>GPU-hours each group may use (servers and jobs together); null: unlimited.</summary>
    public double? GpuHoursPerGroup { get; set; }

    /// <summary>GPUs the hackathon's groups may hold at once, all groups together; null: unlimited.</summary>
    public int? MaxConcurrentGpus { get; set; }

    /// <summary>When the hackathon was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Questions every applicant answers.</summary>
    public List<ApplicationQuestion> Questions { get; set; } = [];

    /// <summary>Applications, in every state.</summary>
    public List<Registration> Registrations { get; set; } = [];

    /// <summary>The groups formed so far.</summary>
    public List<Group> Groups { get; set; } = [];

    /// <summary>Organisers and tutors of this hackathon.</summary>
    public List<HackathonStaff> Staff { get; set; } = [];
}
