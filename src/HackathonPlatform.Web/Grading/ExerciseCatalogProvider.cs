using HackathonPlatform.Grading.Exercises;
using HackathonPlatform.Web.Learning;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Grading;

/// <summary>Loads the exercises folder once at start-up and logs every diagnostic; a broken exercise is left out, never fatal.</summary>
public sealed class ExerciseCatalogProvider
{
    /// <summary>Loads the catalogue.</summary>
    public ExerciseCatalogProvider(IOptions<GradingHubOptions> options, IHostEnvironment environment, ILogger<ExerciseCatalogProvider> logger)
    {
        Directory = RepositoryPaths.Resolve(options.Value.ExercisesDirectory, environment.ContentRootPath, "exercises");
        try
        {
            Catalog = ExerciseCatalog.Load(Directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogError(ex, "The exercises folder {Directory} cannot be read; no exercises are offered", Directory);
            Catalog = ExerciseCatalog.Empty;
        }

        foreach (var d in Catalog.Diagnostics)
        {
            logger.Log(d.IsError ? LogLevel.Error : LogLevel.Warning, "Exercise {Diagnostic}", d.ToString());
        }

        logger.LogInformation("Loaded {Count} exercises from {Directory}", Catalog.Exercises.Count, Directory);
    }

    /// <summary>The resolved exercises folder.</summary>
    public string Directory { get; }

    /// <summary>The loaded exercises.</summary>
    public ExerciseCatalog Catalog { get; }
}
