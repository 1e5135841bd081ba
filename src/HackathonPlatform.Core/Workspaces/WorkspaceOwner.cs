using System.Globalization;

namespace HackathonPlatform.Core.Workspaces;

/// <summary>
/// Whose workspace (and whose submissions): a group, or one account for individual work. The
/// <see cref="Key"/> names the workspace folder and counts submission attempts.
/// </summary>
public sealed record WorkspaceOwner
{
    private WorkspaceOwner(int? groupId, string? userId)
    {
        GroupId = groupId;
        UserId = userId;
    }

    /// <summary>The group, or null for an individual.</summary>
    public int? GroupId { get; }

    /// <summary>The account, or null for a group.</summary>
    public string? UserId { get; }

    /// <summary><c>group-{id}</c> or <c>user-{id}</c>: a safe folder name (account ids are GUIDs).</summary>
    public string Key => GroupId is { } g ? "group-" + g.ToString(CultureInfo.InvariantCulture) : "user-" + UserId;

    /// <summary>A group's workspace.</summary>
    /// <param name="groupId">The group.</param>
    /// <returns>The owner.</returns>
    public static WorkspaceOwner ForGroup(int groupId) => new(groupId, null);

    /// <summary>One account's workspace.</summary>
    /// <param name="userId">The account id (letters, digits and dashes).</param>
    /// <returns>The owner.</returns>
    public static WorkspaceOwner ForUser(string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        if (!userId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            // The id becomes a folder name: anything else could climb out of the workspaces folder.
            throw new ArgumentException("An account id must be letters, digits and dashes.", nameof(userId));
        }

        return new(null, userId);
    }
}
