using System.Text.RegularExpressions;

namespace HackathonPlatform.Core.Hackathons;

/// <summary>Checks a <see cref="HackathonInput"/> before anything is saved.</summary>
public static partial class HackathonValidator
{
    /// <summary>Returns errors by field; empty when the input is valid.</summary>
    public static Dictionary<string, string[]> Validate(HackathonInput input)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        if (string.IsNullOrWhiteSpace(input.Title))
        {
            Add(nameof(input.Title), "A title is required.");
        }
        else if (input.Title.Length > HackathonLimits.TitleLength)
        {
            Add(nameof(input.Title), $"The title may have at most {HackathonLimits.TitleLength} characters.");
        }

        if (input.Slug is { Length: > 0 } slug && !SlugPattern().IsMatch(slug))
        {
            Add(nameof(input.Slug), $"The short name may use lower-case letters, digits and dashes, at most {HackathonLimits.SlugLength} characters.");
        }

        if (input.DescriptionMarkdown.Length > HackathonLimits.DescriptionLength)
        {
            Add(nameof(input.DescriptionMarkdown), $"The description may have at most {HackathonLimits.DescriptionLength} characters.");
        }

        if (input.Venue.Length > HackathonLimits.VenueLength)
        {
            Add(nameof(input.Venue), $"The venue may have at most {HackathonLimits.VenueLength} characters.");
        }

        if (input.EndsAt <= input.StartsAt)
        {
            Add(nameof(input.EndsAt), "The end must be after the start.");
        }

        var opens = input.RegistrationOpensAt;
        var closes = input.RegistrationClosesAt ?? input.StartsAt;
        if (opens is { } o && closes <= o)
        {
            Add(nameof(input.RegistrationClosesAt), "Registration must close after it opens.");
        }

        if (closes > input.EndsAt)
        {
            Add(nameof(input.RegistrationClosesAt), "Registration must close before the hackathon ends.");
        }

        if (input.Capacity < 1 || input.Capacity > HackathonLimits.MaxCapacity)
        {
            Add(nameof(input.Capacity), $"Capacity must be between 1 and {HackathonLimits.MaxCapacity}.");
        }

        if (input.GroupSize < 1 || input.GroupSize > Math.Max(1, input.Capacity))
        {
            Add(nameof(input.GroupSize), "Group size must be at least 1 and at most the capacity.");
        }

        if (input.Questions.Count > HackathonLimits.MaxQuestions)
        {
            Add(nameof(input.Questions), $"At most {HackathonLimits.MaxQuestions} questions.");
        }

        foreach (var q in input.Questions)
        {
            if (string.IsNullOrWhiteSpace(q.Text) || q.Text.Length > HackathonLimits.QuestionLength)
            {
                Add(nameof(input.Questions), $"Each question needs text of at most {HackathonLimits.QuestionLength} characters.");
                break;
            }
        }

        if (input.GpuHoursPerGroup is { } hours && (double.IsNaN(hours) || double.IsInfinity(hours) || hours < 0))
        {
            Add(nameof(input.GpuHoursPerGroup), "GPU-hours per group must be a number of at least 0 (empty for unlimited).");
        }

        if (input.MaxConcurrentGpus is < 0)
        {
            Add(nameof(input.MaxConcurrentGpus), "GPUs at once must be at least 0 (empty for unlimited).");
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    /// <summary>Makes a slug from a title: lower case, dashes, trimmed to the limit.</summary>
    public static string SlugFromTitle(string title)
    {
        var slug = NonSlugCharacters().Replace(title.ToLowerInvariant(), "-").Trim('-');
        if (slug.Length > HackathonLimits.SlugLength - 7)
        {
            slug = slug[..(HackathonLimits.SlugLength - 7)].TrimEnd('-');
        }

        return slug.Length == 0 ? "hackathon" : slug;
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlugCharacters();
}
