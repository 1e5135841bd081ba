namespace HackathonPlatform.Web.Grading;

/// <summary>
/// Reloads the exercise catalogue and brings stored grades in line with it: after a changed deadline or
/// late policy, lateness and penalties are recomputed at once. Changed tests are not regraded on their
/// own (that runs every notebook again): the grading pages offer "Regrade all" and say why.
/// </summary>
public sealed partial class ExerciseCatalogReloader(ExerciseCatalogProvider provider, IServiceScopeFactory scopes, ILogger<ExerciseCatalogReloader> logger)
{
    /// <summary>Reloads the folder, rescoring the lateness of exercises whose deadline or late policy changed.</summary>
    public async Task<ExerciseCatalogChanges> ReloadAsync(CancellationToken ct)
    {
        var changes = provider.Reload();
        await RescoreAsync(changes.TimingChanged, ct);
        return changes;
    }

    /// <summary>Rescores every exercise (at start-up: exercise.yml may have changed while the hub was down).</summary>
    public Task RescoreAllAsync(CancellationToken ct) => RescoreAsync(provider.Catalog.Exercises.Select(e => e.Id).ToList(), ct);

    private async Task RescoreAsync(IReadOnlyList<string> exerciseIds, CancellationToken ct)
    {
        if (exerciseIds.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var rescorer = scope.ServiceProvider.GetRequiredService<LatenessRescorer>();
        var catalog = provider.Catalog;
        foreach (var id in exerciseIds)
        {
            if (catalog.Find(id) is { } exercise)
            {
                var changed = await rescorer.RescoreAsync(exercise, ct);
                if (changed > 0)
                {
                    LogRescored(logger, changed, id);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lateness and late penalties of {Count} submission(s) of {ExerciseId} now follow its current deadline and late policy")]
    private static partial void LogRescored(ILogger logger, int count, string exerciseId);
}
