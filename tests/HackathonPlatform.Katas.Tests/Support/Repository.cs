using HackathonPlatform.Katas;

namespace HackathonPlatform.Katas.Tests.Support;

/// <summary>Paths into the repository, and the Node toolchain check every test here needs.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string QuantumDirectory => Path.Combine(Root, "quantum");

    public static string ExercisesDirectory => Path.Combine(Root, "exercises");

    /// <summary>
    /// Fails (never skips) when node or node_modules is missing, naming the command that fixes it:
    /// a skipped Q# suite would look green on a machine that cannot run Q# at all.
    /// </summary>
    public static KatasOptions RequireToolchain(TimeSpan? checkTimeout = null)
    {
        try
        {
            QsharpToolchain.InstalledVersion(QuantumDirectory);
        }
        catch (QsharpToolchainException ex)
        {
            Assert.Fail($"{ex.Message} (from the repository root: {QsharpToolchain.InstallCommand})");
        }

        if (!IsOnPath("node"))
        {
            Assert.Fail($"node is not on PATH: install Node.js 20 or later, then run: {QsharpToolchain.InstallCommand}");
        }

        return new KatasOptions
        {
            QuantumDirectory = QuantumDirectory,
            CacheDirectory = Path.Combine(Path.GetTempPath(), "hackathon-katas-tests"),
            CheckTimeout = checkTimeout ?? TimeSpan.FromSeconds(30),
        };
    }

    private static bool IsOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, program)));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HackathonPlatform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HackathonPlatform.sln not found above " + AppContext.BaseDirectory);
    }
}
