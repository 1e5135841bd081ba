namespace HackathonPlatform.Learning.Tests.Support;

/// <summary>Finds the repository root (the folder holding HackathonPlatform.sln) from the test binaries.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Courses => System.IO.Path.Combine(Path, "courses");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "HackathonPlatform.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("HackathonPlatform.sln not found above " + AppContext.BaseDirectory);
    }
}
