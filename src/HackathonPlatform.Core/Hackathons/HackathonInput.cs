namespace HackathonPlatform.Core.Hackathons;

/// <summary>What an organiser types to create or edit a hackathon. Times are UTC.</summary>
public sealed record HackathonInput
{
    /// <summary>Title (required).</summary>
    public string Title { get; init; } = "";

    /// <summary>URL-safe short name; derived from the title when empty.</summary>
    public string? Slug { get; init; }

    /// <summary>Description in Markdown.</summary>
    public string DescriptionMarkdown { get; init; } = "";

    /// <summary>Venue or "Online".</summary>
    public string Venue { get; init; } = "";

    /// <summary>Start of the event.</summary>
    public DateTimeOffset StartsAt { get; init; }

    /// <summary>End of the event.</summary>
    public DateTimeOffset EndsAt { get; init; }

    /// <summary>Opening of applications; defaults to now.</summary>
    public DateTimeOffset? RegistrationOpensAt { get; init; }

    /// <summary>Closing of applications; defaults to the start.</summary>
    public DateTimeOffset? RegistrationClosesAt { get; init; }

    /// <summary>Seats.</summary>
    public int Capacity { get; init; }

    /// <summary>Members per group.</summary>
    public int GroupSize { get; init; } = 4;

    /// <summary>Accept automatically up to capacity.</summary>
    public bool AutoAccept { get; init; }

    /// <summary>Allow joining groups by invite code.</summary>
    public bool AllowSelfFormedGroups { get; init; }

    /// <summary>Application questions in order.</summary>
    public IReadOnlyList<QuestionInput> Questions { get; init; } = [];

    /// <summary>GPU-hours each group may use (servers and jobs together); null: unlimited.</summary>
    public double? GpuHoursPerGroup { get; init; }

    /// <summary>GPUs the hackathon's groups may hold at once, all groups together; null: unlimited.</summary>
    public int? MaxConcurrentGpus { get; init; }
}

/// <summary>One application question as typed by the organiser.</summary>
/// <param name="Text">The question.</param>
/// <param name="IsSkill">Whether answers are skills to spread across groups.</param>
/// <param name="IsRequired">Whether an answer is required.</param>
public sealed record QuestionInput(string Text, bool IsSkill = false, bool IsRequired = true);
