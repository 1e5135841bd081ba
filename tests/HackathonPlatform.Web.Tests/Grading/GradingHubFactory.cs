using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Grading;

/// <summary>
/// The hub with a fake executor and an exercises folder of its own: the real qubo-maxcut-intro, and
/// "past-due", the same notebook for individuals, due yesterday, zero if late, at most two submissions.
/// </summary>
public class GradingHubFactory : HubFactory
{
    public const string Exercise = "qubo-maxcut-intro";
    public const string PastDue = "past-due";

    private readonly string exercises = Path.Combine(Path.GetTempPath(), "hp-ex-" + Guid.NewGuid().ToString("N")[..8]);

    public GradingHubFactory()
    {
        var source = Path.Combine(RepositoryRoot, "exercises", Exercise);
        var copy = Directory.CreateDirectory(Path.Combine(exercises, Exercise)).FullName;
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var late = Directory.CreateDirectory(Path.Combine(exercises, PastDue)).FullName;
        File.Copy(Path.Combine(source, Exercise + ".ipynb"), Path.Combine(late, PastDue + ".ipynb"));
        File.WriteAllText(Path.Combine(late, "exercise.yml"), $"""
            title: Past due
            language: csharp
            used_by:
              hackathons: [{Seeding.DemoSeeder.DemoSlug}]
            submission: individual
            due: {DateTimeOffset.UtcNow.AddDays(-1):yyyy-MM-ddTHH:mm:ssZ}
            late_policy: zero
            max_submissions: 2
            leaderboard: false
            """);
    }

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HackathonPlatform.sln")))
            {
                dir = dir.Parent;
            }

            return dir!.FullName;
        }
    }

    internal StubFailingExecutor Executor { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Grading:ExercisesDirectory", exercises);
        builder.UseSetting("Grading:PollInterval", "00:00:00.100");
        builder.ConfigureTestServices(services => services.AddSingleton<INotebookExecutor>(Executor));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(exercises))
        {
            Directory.Delete(exercises, recursive: true);
        }
    }
}
