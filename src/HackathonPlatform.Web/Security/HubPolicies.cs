using HackathonPlatform.Core.Entities;
using Microsoft.AspNetCore.Authorization;

namespace HackathonPlatform.Web.Security;

/// <summary>The hub's authorization policies; pages and API endpoints use the same names.</summary>
public static class HubPolicies
{
    /// <summary>Global administrators.</summary>
    public const string Admin = "Admin";

    /// <summary>May create hackathons: organisers and admins.</summary>
    public const string CanOrganise = "CanOrganise";

    /// <summary>Organises the hackathon named by the route value "id" (or is an admin).</summary>
    public const string HackathonOrganiser = "HackathonOrganiser";

    /// <summary>Tutors or organises the hackathon named by the route value "id" (or is an admin).</summary>
    public const string HackathonStaff = "HackathonStaff";

    /// <summary>Registers the policies and their handler.</summary>
    public static IServiceCollection AddHubAuthorization(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IAuthorizationHandler, HackathonRoleHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Admin, p => p.RequireRole(PlatformRoles.Admin))
            .AddPolicy(CanOrganise, p => p.RequireRole(PlatformRoles.Admin, PlatformRoles.Organiser))
            .AddPolicy(HackathonOrganiser, p => p.RequireAuthenticatedUser().AddRequirements(new HackathonRoleRequirement(OrganiserOnly: true)))
            .AddPolicy(HackathonStaff, p => p.RequireAuthenticatedUser().AddRequirements(new HackathonRoleRequirement(OrganiserOnly: false)));
        return services;
    }
}
