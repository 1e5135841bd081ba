using HackathonPlatform.Core.Accounts;
using HackathonPlatform.Core.Grading;
using HackathonPlatform.Core.Groups;
using HackathonPlatform.Core.Hackathons;
using HackathonPlatform.Core.Learning;
using HackathonPlatform.Core.Registrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HackathonPlatform.Core;

/// <summary>Registers the hub's domain services.</summary>
public static class CoreRegistration
{
    /// <summary>Adds hackathon, registration, group and staff services (the database is added separately).</summary>
    public static IServiceCollection AddHubCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HackathonChangeFeed>();
        services.AddScoped<INotifier, StoredNotifier>();
        services.AddScoped<HackathonService>();
        services.AddScoped<HackathonAccess>();
        services.AddScoped<RegistrationService>();
        services.AddScoped<GroupService>();
        services.AddScoped<StaffService>();
        services.AddScoped<LearningProgressService>();
        services.AddScoped<ApiTokenService>();
        services.AddGradingStorage();
        return services;
    }
}
