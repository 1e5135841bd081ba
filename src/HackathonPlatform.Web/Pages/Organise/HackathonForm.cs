using System.Globalization;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Hackathons;

namespace HackathonPlatform.Web.Pages.Organise;

/// <summary>The create/edit form as posted by the browser; times are typed in UTC.</summary>
public sealed class HackathonForm
{
    public const int QuestionRows = 5;

    public string Title { get; set; } = "";

    public string? Slug { get; set; }

    public string Description { get; set; } = "";

    public string Venue { get; set; } = "";

    public string StartsAt { get; set; } = "";

    public string EndsAt { get; set; } = "";

    public string? RegistrationOpensAt { get; set; }

    public string? RegistrationClosesAt { get; set; }

    public int Capacity { get; set; } = 20;

    public int GroupSize { get; set; } = 4;

    public bool AutoAccept { get; set; } = true;

    public bool AllowSelfFormedGroups { get; set; }

    public List<string?> Questions { get; set; } = [];

    public List<int> SkillQuestions { get; set; } = [];

    /// <summary>GPU-hours per group as typed; empty means unlimited.</summary>
    public string? GpuHoursPerGroup { get; set; }

    /// <summary>GPUs the hackathon may hold at once as typed; empty means unlimited.</summary>
    public string? MaxConcurrentGpus { get; set; }

    /// <summary>Converts to the service's input; unparsable dates become errors.</summary>
    public (HackathonInput? Input, Dictionary<string, string[]> Errors) ToInput()
    {
        var errors = new Dictionary<string, string[]>();
        DateTimeOffset? Parse(string? text, string field, bool required)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                if (required)
                {
                    errors[field] = [$"{field} is required."];
                }

                return null;
            }

            if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
            {
                return new DateTimeOffset(value, TimeSpan.Zero);
            }

            errors[field] = [$"{field} is not a date and time (yyyy-mm-ddThh:mm)."];
            return null;
        }

        var starts = Parse(StartsAt, "Start", required: true);
        var ends = Parse(EndsAt, "End", required: true);
        var opens = Parse(RegistrationOpensAt, "Registration opening", required: false);
        var closes = Parse(RegistrationClosesAt, "Registration closing", required: false);
        // Quotas: empty is "unlimited"; the range (not negative) is the service's rule, checked there.
        double? gpuHours = null;
        if (!string.IsNullOrWhiteSpace(GpuHoursPerGroup))
        {
            if (double.TryParse(GpuHoursPerGroup.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var hours))
            {
                gpuHours = hours;
            }
            else
            {
                errors["GPU-hours per group"] = ["GPU-hours per group is not a number (e.g. 12 or 7.5; empty for unlimited)."];
            }
        }

        int? maxGpus = null;
        if (!string.IsNullOrWhiteSpace(MaxConcurrentGpus))
        {
            if (int.TryParse(MaxConcurrentGpus.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var gpus))
            {
                maxGpus = gpus;
            }
            else
            {
                errors["GPUs at once"] = ["GPUs at once is not a whole number (empty for unlimited)."];
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var questions = Questions.Select((text, index) => (text: text?.Trim() ?? "", index))
            .Where(q => q.text.Length > 0)
            .Select(q => new QuestionInput(q.text, SkillQuestions.Contains(q.index)))
            .ToList();
        return (new HackathonInput
        {
            Title = Title ?? "",
            Slug = string.IsNullOrWhiteSpace(Slug) ? null : Slug.Trim(),
            DescriptionMarkdown = Description ?? "",
            Venue = Venue ?? "",
            StartsAt = starts!.Value,
            EndsAt = ends!.Value,
            RegistrationOpensAt = opens,
            RegistrationClosesAt = closes,
            Capacity = Capacity,
            GroupSize = GroupSize,
            AutoAccept = AutoAccept,
            AllowSelfFormedGroups = AllowSelfFormedGroups,
            Questions = questions,
            GpuHoursPerGroup = gpuHours,
            MaxConcurrentGpus = maxGpus,
        }, errors);
    }

    /// <summary>Fills the form from a stored hackathon.</summary>
    public static HackathonForm From(Hackathon h) => new()
    {
        Title = h.Title,
        Slug = h.Slug,
        Description = h.DescriptionMarkdown,
        Venue = h.Venue,
        StartsAt = Format(h.StartsAt),
        EndsAt = Format(h.EndsAt),
        RegistrationOpensAt = Format(h.RegistrationOpensAt),
        RegistrationClosesAt = Format(h.RegistrationClosesAt),
        Capacity = h.Capacity,
        GroupSize = h.GroupSize,
        AutoAccept = h.AutoAccept,
        AllowSelfFormedGroups = h.AllowSelfFormedGroups,
        Questions = [.. h.Questions.OrderBy(q => q.Order).Select(q => (string?)q.Text)],
        SkillQuestions = [.. h.Questions.OrderBy(q => q.Order).Select((q, i) => (q, i)).Where(x => x.q.IsSkill).Select(x => x.i)],
        GpuHoursPerGroup = h.GpuHoursPerGroup?.ToString(CultureInfo.InvariantCulture),
        MaxConcurrentGpus = h.MaxConcurrentGpus?.ToString(CultureInfo.InvariantCulture),
    };

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
}
