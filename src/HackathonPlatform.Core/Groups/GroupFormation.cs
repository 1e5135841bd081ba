namespace HackathonPlatform.Core.Groups;

/// <summary>The pure part of automatic group formation, kept apart so it is tested without a database.</summary>
public static class GroupFormation
{
    /// <summary>
    /// Splits <paramref name="people"/> into ⌈count / groupSize⌉ groups whose sizes differ by at most one.
    /// People are sorted by skill (stable, so arrival order breaks ties) and dealt round-robin, which
    /// puts people of the same skill into different groups for as long as there are groups to spread over.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<T>> Deal<T>(IReadOnlyList<T> people, int groupSize, Func<T, string> skill)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(groupSize, 1);
        var groupCount = (people.Count + groupSize - 1) / groupSize;
        var groups = Enumerable.Range(0, groupCount).Select(_ => new List<T>()).ToArray();
        var index = 0;
        foreach (var person in people.OrderBy(skill, StringComparer.Ordinal))
        {
            groups[index++ % groupCount].Add(person);
        }

        return groups;
    }
}
