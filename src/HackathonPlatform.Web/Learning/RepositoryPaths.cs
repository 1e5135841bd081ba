namespace HackathonPlatform.Web.Learning;

/// <summary>Finds the repository folders (courses/, site/) for a hub started from a checkout.</summary>
internal static class RepositoryPaths
{
    public const string SolutionFile = "HackathonPlatform.sln";

    /// <summary>
    /// The configured path when given (relative paths are taken from the content root); otherwise
    /// <paramref name="defaultRelative"/> under the nearest folder above the content root holding the solution.
    /// Falls back to the content root itself, so a published hub can ship courses/ beside its binaries.
    /// </summary>
    public static string Resolve(string? configured, string contentRoot, string defaultRelative)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return Path.Combine(dir.FullName, defaultRelative);
            }
        }

        return Path.Combine(contentRoot, defaultRelative);
    }
}
