namespace HackathonPlatform.Grading.Tests;

/// <summary>Finds ../shared/data/nbgrader-examples beside the repository; fails loudly when it is missing.</summary>
internal static class SharedData
{
    public static string NbgraderExamples
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "HackathonPlatform.sln")))
            {
                dir = dir!.Parent;
            }

            Assert.True(dir is not null, $"No HackathonPlatform.sln above {AppContext.BaseDirectory}: cannot locate the repository root.");
            var examples = Path.GetFullPath(Path.Combine(dir!.FullName, "..", "shared", "data", "nbgrader-examples"));
            Assert.True(Directory.Exists(examples), $"The shared test data is missing: expected {examples} (../shared/data/nbgrader-examples relative to the repository root).");
            return examples;
        }
    }

    public static string File(params string[] parts) => Path.Combine([NbgraderExamples, .. parts]);
}
