using System.Globalization;
using System.Text.RegularExpressions;
using HackathonPlatform.Core.Workspaces;

namespace HackathonPlatform.Web.Servers;

/// <summary>
/// A server belongs to the same owner as a workspace (a group or one person); the owner's key is also the
/// server's path segment under /servers/.
/// </summary>
public static partial class ServerOwners
{
    /// <summary>The base path the hub proxies to the owner's server, with a trailing slash.</summary>
    public static string BasePath(this WorkspaceOwner owner) => $"/servers/{owner.Key}/";

    /// <summary>Parses a key ("group-12" or "user-{guid}"); null when it is not one.</summary>
    public static WorkspaceOwner? Parse(string key)
    {
        var match = KeyPattern().Match(key);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["group"].Success
            ? int.TryParse(match.Groups["group"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? WorkspaceOwner.ForGroup(id) : null
            : WorkspaceOwner.ForUser(match.Groups["user"].Value);
    }

    [GeneratedRegex("^(?:group-(?<group>[0-9]{1,9})|user-(?<user>[0-9a-f-]{36}))$")]
    private static partial Regex KeyPattern();
}
