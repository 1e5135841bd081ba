using HackathonPlatform.Web.Katas;

namespace HackathonPlatform.Web.Hosting;

/// <summary>The Quantum Katas and our Q# exercises as a self-learning area (/katas).</summary>
public static class KatasRegistration
{
    /// <summary>Binds the "Katas" options and registers the katas service; the pages are plain Razor Pages.</summary>
    public static WebApplicationBuilder AddHubKatas(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<KatasHubOptions>().BindConfiguration("Katas");
        builder.Services.AddSingleton<KatasHub>();
        return builder;
    }
}
