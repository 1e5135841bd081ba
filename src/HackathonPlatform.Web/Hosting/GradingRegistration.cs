using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Web.Grading;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HackathonPlatform.Web.Hosting;

/// <summary>Exercises, submissions, the grading worker and the tutors' pages: the teaching loop of the hub.</summary>
public static class GradingRegistration
{
    /// <summary>Registers the exercise catalogue, workspaces, submission intake and the grading worker.</summary>
    public static WebApplicationBuilder AddHubGrading(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GradingHubOptions>().BindConfiguration("Grading")
            .Validate(o => o.Workers >= 0 && o.PollInterval > TimeSpan.Zero && o.LeaseDuration >= TimeSpan.FromSeconds(3), "Grading: Workers >= 0, PollInterval > 0 and LeaseDuration >= 3 s.")
            .ValidateOnStart();
        services.AddSingleton<ExerciseCatalogProvider>();
        var dataDirectory = Path.GetFullPath(builder.Configuration.GetSection("Database").Get<DatabaseOptions>()?.DataDirectory ?? "data");
        // The notebook servers open the same folders; whoever registers first provides them.
        services.TryAddSingleton<IWorkspaceFiles>(new LocalWorkspaceFiles(Path.Combine(dataDirectory, "workspaces")));
        services.AddNotebookExecutor(builder.Configuration.GetSection("Grading"), dataDirectory);
        services.AddScoped<ExerciseAccess>();
        services.AddScoped<SubmissionIntake>();
        services.AddScoped<GradingRunner>();
        services.AddScoped<ExercisePresenter>();
        services.AddScoped<OwnerNames>();
        services.AddScoped<Gradebook>();
        services.AddScoped<CourseGradebook>();
        services.AddScoped<LatenessRescorer>();
        services.AddSingleton<ExerciseCatalogReloader>();
        services.AddHostedService<ExerciseWatcherService>();
        services.AddHostedService<GradingWorker>();
        return builder;
    }

    /// <summary>Loads the exercises now (so problems show in the start-up log) and maps /api/exercises and the gradebook CSV.</summary>
    public static WebApplication MapHubGrading(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<ExerciseCatalogProvider>();
        app.MapGroup("/api").DisableAntiforgery().MapExercisesApi();
        return app;
    }
}
