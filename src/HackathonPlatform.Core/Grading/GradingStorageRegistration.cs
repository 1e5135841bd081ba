using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Core.Grading;

/// <summary>Registers the submission store, the grading queue and the grading read models.</summary>
public static class GradingStorageRegistration
{
    /// <summary>Adds the grading services (scoped, over the hub's database).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddGradingStorage(this IServiceCollection services)
    {
        services.AddScoped<SubmissionService>();
        services.AddScoped<GradingJobStore>();
        services.AddScoped<ManualGradingService>();
        services.AddScoped<GradingQueries>();
        return services;
    }
}
