using System.Globalization;

namespace HackathonPlatform.Web.Servers;

/// <summary>GPU-hours as pages show them.</summary>
public static class GpuHoursText
{
    /// <summary>
    /// Two decimals, except that a small non-zero amount keeps two significant digits: a five-minute GPU job
    /// (0.083) or a test job of seconds (0.0014) must not read as "0" on the dashboard.
    /// </summary>
    /// <param name="hours">GPU-hours.</param>
    /// <returns>The text, invariant culture.</returns>
    public static string Format(double hours)
    {
        if (hours is > 0 and < 0.1)
        {
            var decimals = Math.Min(6, 1 - (int)Math.Floor(Math.Log10(hours)));
            return Math.Round(hours, decimals).ToString("0.######", CultureInfo.InvariantCulture);
        }

        return hours.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>A number for a meter element's attributes (no rounding to speak of).</summary>
    /// <param name="hours">GPU-hours.</param>
    /// <returns>The text, invariant culture.</returns>
    public static string Exact(double hours) => hours.ToString("0.######", CultureInfo.InvariantCulture);
}
