using System.Diagnostics;

namespace HackathonPlatform.Web.Tests.Learning;

/// <summary>
/// Makes sure site/_site exists before a test needs docs pages: the test script runs scripts/build-docs.sh first,
/// and when it did not, the test builds the site itself with the repository's docfx tool. A missing tool fails the
/// test with the command to run, rather than skipping it: search over the docs is a feature, not an option.
/// </summary>
internal static class DocsBuild
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static string RepositoryRoot { get; } = FindRoot();

    public static string SiteDirectory => Path.Combine(RepositoryRoot, "site", "_site");

    public static async Task EnsureBuiltAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(SiteDirectory, "index.json")))
            {
                return;
            }

            var script = Path.Combine(RepositoryRoot, "scripts", "build-docs.sh");
            var start = new ProcessStartInfo("bash", [script]) { WorkingDirectory = RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start bash.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
            Assert.True(process.ExitCode == 0 && File.Exists(Path.Combine(SiteDirectory, "index.json")),
                $"The docs site could not be built (docfx is a local dotnet tool: run `dotnet tool restore && scripts/build-docs.sh`).{Environment.NewLine}{await output}{await errors}");
        }
        finally
        {
            Gate.Release();
        }
    }

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
