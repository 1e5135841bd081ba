using Microsoft.AspNetCore.Hosting;

namespace HackathonPlatform.Web.Tests.Grading;

/// <summary>
/// The grading hub with the exercise watcher off: tests edit exercise folders and reload when they
/// choose, so a reload's changes are theirs to see (the watcher would otherwise reload first).
/// </summary>
public sealed class QuietGradingHubFactory : GradingHubFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Grading:WatchExercises", "false");
    }
}
