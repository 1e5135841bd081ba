namespace HackathonPlatform.Web.Tests.Jobs;

/// <summary>Files of this repository, found above the test's build folder.</summary>
internal static class Repository
{
    public static string File(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, relativePath);
            if (System.IO.File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException($"{relativePath} not found above {AppContext.BaseDirectory}");
    }
}
