using HackathonPlatform.Core.Data;
using HackathonPlatform.Web.Api;
using HackathonPlatform.Web.Metrics;
using HackathonPlatform.Web.Servers;
using HackathonPlatform.Web.Seeding;

namespace HackathonPlatform.Web.Hosting;

/// <summary>Start-up work and the request pipeline of the hub.</summary>
public static class HubApplicationExtensions
{
    /// <summary>Migrates the database and seeds the first run.</summary>
    public static async Task PrepareHubAsync(this WebApplication app)
    {
        await app.Services.MigrateHubDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
    }

    /// <summary>Adds middleware, pages and the JSON API.</summary>
    public static WebApplication MapHub(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        // Pages show a friendly page for 403/404; the API answers with ProblemDetails bodies instead.
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api") && !ctx.Request.Path.StartsWithSegments("/servers"), b => b.UseStatusCodePagesWithReExecute("/error", "?code={0}"));
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePages());
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseOutputCache();
        app.MapOpenApi();
        app.MapRazorPages();
        app.MapHubApi();
        app.MapServerProxy();
        app.MapHubLearning();
        app.MapHubGrading();
        app.MapHubMetrics();
        return app;
    }
}
