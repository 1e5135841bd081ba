using System.Globalization;

namespace HackathonPlatform.Web.Learning;

/// <summary>Small display texts shared by the course pages.</summary>
public static class LearningText
{
    /// <summary>"45 min" or "1 h 10 min".</summary>
    public static string Duration(TimeSpan duration) => duration.TotalMinutes < 60
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Round(duration.TotalMinutes))} min")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalHours} h {duration.Minutes} min");
}
