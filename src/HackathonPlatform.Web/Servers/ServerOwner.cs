using System.Text.RegularExpressions;

namespace HackathonPlatform.Web.Servers;

/// <summary>
/// Who a notebook server belongs to: a hackathon group ("group-12") or one person ("user-{id}", a
/// self-learner's personal server). The key is also the server's path segment under /servers/.
/// </summary>
public sealed partial record ServerOwner(int? GroupId, string? UserId)
{
    /// <summary>The path segment and storage key.</summary>
    public string Key => GroupId is { } g ? $"group-{g}" : $"user-{UserId}";

    /// <summary>The base path the hub proxies to the server, with a trailing slash.</summary>
    public string BasePath => $"/servers/{Key}/";

    /// <summary>A group's server.</summary>
    public static ServerOwner ForGroup(int groupId) => new(groupId, null);

    /// <summary>A personal server.</summary>
    public static ServerOwner ForUser(string userId) => new(null, userId);

    /// <summary>Parses a key; null when it is not one.</summary>
    public static ServerOwner? Parse(string key)
    {
        var match = KeyPattern().Match(key);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["group"].Success
            ? int.TryParse(match.Groups["group"].Value, System.Globalization.CultureInfo.InvariantCulture, out var id) ? ForGroup(id) : null
            : ForUser(match.Groups["user"].Value);
    }

    [GeneratedRegex("^(?:group-(?<group>[0-9]{1,9})|user-(?<user>[0-9a-f-]{36}))$")]
    private static partial Regex KeyPattern();
}
