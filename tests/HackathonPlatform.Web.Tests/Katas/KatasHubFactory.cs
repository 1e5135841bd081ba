using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace HackathonPlatform.Web.Tests.Katas;

/// <summary>The hub with a short check time limit, so the infinite-loop test ends quickly.</summary>
public sealed class KatasHubFactory : HubFactory
{
    // Long enough that a correct solution is checked in time on a loaded CI machine (a cold node and
    // qsharp-lang start alone can take several seconds there), short enough for the infinite-loop test.
    public const int CheckTimeoutSeconds = 15;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Katas:CheckTimeoutSeconds", CheckTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Katas:CacheDirectory", Path.Combine(Path.GetTempPath(), "hackathon-katas-tests"));
    }
}
