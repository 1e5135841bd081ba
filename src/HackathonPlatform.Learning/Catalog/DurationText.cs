using System.Globalization;
using System.Text.RegularExpressions;

namespace HackathonPlatform.Learning.Catalog;

/// <summary>Parses the durations authors write: "45" (minutes), "45 min", "1h 10m", "1:10:00".</summary>
internal static partial class DurationText
{
    public static TimeSpan? Parse(string text)
    {
        text = text.Trim().ToLowerInvariant();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
            return TimeSpan.FromMinutes(minutes);
        if (TimeSpan.TryParseExact(text, ["h\\:mm\\:ss", "hh\\:mm\\:ss", "m\\:ss", "mm\\:ss"], CultureInfo.InvariantCulture, out var clock))
            return clock;

        var match = Units().Match(text);
        if (!match.Success || match.Length == 0) return null;
        var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var mins = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var secs = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        return new TimeSpan(hours, mins, secs);
    }

    [GeneratedRegex(@"^(?=\d)(?:(?<h>\d+)\s*(?:h|hr|hrs|hour|hours)\s*)?(?:(?<m>\d+)\s*(?:m|min|mins|minute|minutes)\s*)?(?:(?<s>\d+)\s*(?:s|sec|secs|second|seconds))?$")]
    private static partial Regex Units();
}
