namespace HackathonPlatform.Web.Jobs;

/// <summary>
/// Finds <c>hackathon-train</c> (the particle-id training program that exercises/particle-id/train.sh runs), so the
/// hub can hand it to jobs as <c>HACKATHON_TRAIN</c>: that environment variable of the hub when set, else this
/// repository's build layout (<c>artifacts/bin/HackathonPlatform.DeepLearning.Job/&lt;config&gt;_linux-x64/</c>).
/// </summary>
internal static class TrainingProgramLocator
{
    public const string EnvironmentVariable = "HACKATHON_TRAIN";

    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        // The hub runs from artifacts/bin/HackathonPlatform.Web/<config>/ (or a test project's folder beside it).
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var bin = Path.GetDirectoryName(Path.GetDirectoryName(here));
        if (bin is null)
        {
            return null;
        }

        var built = Path.Combine(bin, "HackathonPlatform.DeepLearning.Job", Path.GetFileName(here) + "_linux-x64", "hackathon-train");
        return File.Exists(built) ? built : null;
    }
}
