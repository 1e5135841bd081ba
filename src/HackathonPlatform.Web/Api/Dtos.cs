using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Hackathons;

namespace HackathonPlatform.Web.Api;

/// <summary>A hackathon as the API shows it.</summary>
public sealed record HackathonDto(
    int Id, string Slug, string Title, string DescriptionMarkdown, string Venue,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset RegistrationOpensAt, DateTimeOffset RegistrationClosesAt,
    int Capacity, int GroupSize, int SeatsLeft, bool AutoAccept, bool AllowSelfFormedGroups, bool IsPublished,
    IReadOnlyList<QuestionDto> Questions, double? GpuHoursPerGroup, int? MaxConcurrentGpus)
{
    internal static HackathonDto From(Hackathon h, int acceptedCount) => new(
        h.Id, h.Slug, h.Title, h.DescriptionMarkdown, h.Venue, h.StartsAt, h.EndsAt, h.RegistrationOpensAt, h.RegistrationClosesAt,
        h.Capacity, h.GroupSize, Math.Max(0, h.Capacity - acceptedCount), h.AutoAccept, h.AllowSelfFormedGroups, h.IsPublished,
        [.. h.Questions.OrderBy(q => q.Order).Select(q => new QuestionDto(q.Id, q.Text, q.IsSkill, q.IsRequired))],
        h.GpuHoursPerGroup, h.MaxConcurrentGpus);

    internal static HackathonDto From(HackathonSummary s) => From(s.Hackathon, s.AcceptedCount);
}

/// <summary>An application question.</summary>
public sealed record QuestionDto(int Id, string Text, bool IsSkill, bool IsRequired);

/// <summary>An application as the applicant or an organiser sees it.</summary>
public sealed record RegistrationDto(int Id, int HackathonId, string UserId, string? DisplayName, string? Email, string Status, int Sequence, DateTimeOffset AppliedAt, IReadOnlyDictionary<int, string> Answers)
{
    internal static RegistrationDto From(Registration r) => new(
        r.Id, r.HackathonId, r.UserId, r.User?.DisplayName, r.User?.Email, r.Status.ToString(), r.Sequence, r.AppliedAt,
        r.Answers.ToDictionary(a => a.QuestionId, a => a.Text));
}

/// <summary>A group with its members.</summary>
public sealed record GroupDto(int Id, string Name, string? InviteCode, IReadOnlyList<MemberDto> Members)
{
    internal static GroupDto From(Group g, bool showInviteCode = true) =>
        new(g.Id, g.Name, showInviteCode ? g.InviteCode : null, [.. g.Members.Select(m => new MemberDto(m.UserId, m.User?.DisplayName ?? "", m.User?.Email ?? ""))]);
}

/// <summary>A group member.</summary>
public sealed record MemberDto(string UserId, string DisplayName, string Email);

/// <summary>An application as submitted: answers keyed by question id.</summary>
public sealed record ApplyRequest(Dictionary<int, string>? Answers);

/// <summary>An organiser's decision: "Accepted", "Rejected" or "Waitlisted".</summary>
public sealed record DecisionRequest(string Status);

/// <summary>A group name.</summary>
public sealed record GroupNameRequest(string Name);

/// <summary>Automatic formation, optionally spreading the answers to one question.</summary>
public sealed record AutoFormRequest(int? SkillQuestionId);

/// <summary>A member to add.</summary>
public sealed record MemberRequest(string UserId);

/// <summary>An invite code.</summary>
public sealed record JoinRequest(string InviteCode);

/// <summary>A staff appointment by email; role "Organiser" or "Tutor".</summary>
public sealed record StaffRequest(string Email, string Role);

/// <summary>A staff appointment.</summary>
public sealed record StaffDto(int Id, string UserId, string DisplayName, string Email, string Role);

/// <summary>An account with its global roles.</summary>
public sealed record UserDto(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool IsLockedOut);
