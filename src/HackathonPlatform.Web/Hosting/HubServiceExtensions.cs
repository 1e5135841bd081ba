using HackathonPlatform.Core;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Caching;
using HackathonPlatform.Web.Rendering;
using HackathonPlatform.Web.Security;
using HackathonPlatform.Web.Servers;
using HackathonPlatform.Web.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace HackathonPlatform.Web.Hosting;

/// <summary>Composition root of the hub: configuration, database, identity, authorization, pages and API.</summary>
public static class HubServiceExtensions
{
    /// <summary>Registers everything the hub needs; <paramref name="demo"/> also seeds sample accounts.</summary>
    public static WebApplicationBuilder AddHub(this WebApplicationBuilder builder, bool demo = false)
    {
        var config = builder.Configuration;
        if (demo)
        {
            config["Hub:SeedSampleParticipants"] = "true";
        }

        if (Environment.GetEnvironmentVariable("HACKATHON_ADMIN_PASSWORD") is { Length: > 0 } password && string.IsNullOrEmpty(config["Hub:AdminPassword"]))
        {
            config["Hub:AdminPassword"] = password;
        }

        var services = builder.Services;
        services.AddOptions<HubOptions>().BindConfiguration("Hub");
        var database = config.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddHubDatabase(database);
        // Keys for sign-in cookies and the saved server states, kept with the hub's data (not in the database, and not
        // in the default ~/.aspnet, which a service account may lack: lost keys sign everyone out and orphan servers).
        services.AddDataProtection().SetApplicationName("HackathonPlatform")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetFullPath(database.DataDirectory), "keys")));
        services.AddHubCore();
        services.AddHubServers();
        services.AddHubUsage();
        Jobs.JobsRegistration.AddHubJobs(services);
        services.AddHubIdentity();
        services.AddApiTokenAuthentication();
        services.AddHubAuthorization();
        services.AddSingleton<SafeMarkdown>();
        services.AddPublicPageCache();
        services.AddSingleton<DevelopmentMailbox>();
        services.AddScoped<DemoSeeder>();
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/My");
            o.Conventions.AuthorizeFolder("/Organise", HubPolicies.CanOrganise);
            o.Conventions.AuthorizeFolder("/Admin", HubPolicies.Admin);
        });
        services.AddProblemDetails();
        // Enums travel as their names ("Ready", "Accepted"): readable and stable when members are added.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddOpenApi();
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        builder.AddHubLearning();
        builder.AddHubGrading();
        builder.AddHubKatas();
        return builder;
    }

    private static void AddHubIdentity(this IServiceCollection services)
    {
        services.AddIdentity<PlatformUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<HubDbContext>()
            .AddDefaultTokenProviders();
        services.AddSingleton<IEmailSender<PlatformUser>, LogEmailSender>();
        // Role changes and lockouts reach signed-in sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "hub.auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.HttpOnly = true;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(7);
            // The API answers with status codes; only pages redirect to the sign-in form.
            o.Events.OnRedirectToLogin = ctx => RedirectOrStatus(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => RedirectOrStatus(ctx, StatusCodes.Status403Forbidden);
        });
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
        }
        else
        {
            ctx.Response.Redirect(ctx.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
