using System.Globalization;
using HackathonPlatform.Grading.Late;

namespace HackathonPlatform.Grading.Exercises;

/// <summary>
/// The late-policy notation of exercise.yml: <c>none</c>, <c>zero</c>, <c>percent-per-day N</c>, or
/// <c>grace HOURS then POLICY</c> (e.g. <c>grace 2 then percent-per-day 10</c>).
/// </summary>
public static class LatePolicyText
{
    /// <summary>Parses the notation.</summary>
    /// <param name="text">The text from exercise.yml.</param>
    /// <param name="error">Why it could not be parsed, or null.</param>
    /// <returns>The policy, or null with <paramref name="error"/> set.</returns>
    public static LatePolicy? Parse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Parse(words, out error);
    }

    /// <summary>A sentence for participants, e.g. "10% of the score per started day late".</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The description.</returns>
    public static string Describe(LatePolicy policy) => policy switch
    {
        NoLatePenalty => "late submissions are accepted without penalty",
        ZeroIfLate => "late submissions score zero",
        PercentPerDayLate p => $"{p.Percent.ToString("0.##", CultureInfo.InvariantCulture)}% of the score per started day late",
        GracePeriodLate g => $"{g.Grace.TotalHours.ToString("0.##", CultureInfo.InvariantCulture)} h of grace, then {Describe(g.After)}",
        _ => policy.ToString(),
    };

    private static LatePolicy? Parse(string[] words, out string? error)
    {
        error = null;
        switch (words)
        {
            case ["none"]:
                return LatePolicy.None;
            case ["zero"]:
                return LatePolicy.Zero;
            case ["percent-per-day", var n] when Number(n) is { } percent && percent is >= 0 and <= 100:
                return LatePolicy.PercentPerDay(percent);
            case ["grace", var h, "then", .. var rest] when Number(h) is { } hours && hours >= 0:
                var after = Parse(rest, out error);
                return after is null ? null : LatePolicy.GracePeriod(TimeSpan.FromHours(hours), after);
            default:
                error = $"'{string.Join(' ', words)}' is not a late policy: use none, zero, percent-per-day N (0-100), or grace HOURS then POLICY.";
                return null;
        }
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
}
