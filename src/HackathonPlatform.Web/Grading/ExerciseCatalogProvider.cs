using System.Collections.Immutable;
using HackathonPlatform.Grading.Exercises;
using HackathonPlatform.Web.Learning;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Grading;

/// <summary>
/// Holds the exercise catalogue (a singleton): loaded at start-up and again by <see cref="Reload"/> (the
/// exercise watcher calls it when files under exercises/ change). A reload builds a complete catalogue
/// before swapping it in, so a request never sees half of one. A folder that fails to load after it
/// loaded once keeps its last good version (with a warning saying so), so an author's typo in a due
/// date or a half-saved notebook never takes an exercise away from participants mid-hackathon; a folder
/// that never loaded is left out. Every diagnostic is logged, never fatal.
/// </summary>
public sealed partial class ExerciseCatalogProvider
{
    private readonly Lock reloadLock = new();
    private readonly ILogger<ExerciseCatalogProvider> logger;
    private readonly TimeProvider clock;
    private volatile ExerciseCatalog catalog = ExerciseCatalog.Empty;
    private volatile ImmutableDictionary<string, DateTimeOffset> testsChangedAt = ImmutableDictionary.Create<string, DateTimeOffset>(StringComparer.Ordinal);
    private ImmutableDictionary<string, string> fingerprints = ImmutableDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>Loads the catalogue.</summary>
    public ExerciseCatalogProvider(IOptions<GradingHubOptions> options, IHostEnvironment environment, ILogger<ExerciseCatalogProvider> logger, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        this.logger = logger;
        this.clock = clock;
        Directory = RepositoryPaths.Resolve(options.Value.ExercisesDirectory, environment.ContentRootPath, "exercises");
        Reload();
    }

    /// <summary>The resolved exercises folder.</summary>
    public string Directory { get; }

    /// <summary>The current exercises (a snapshot: keep the reference for the length of one request).</summary>
    public ExerciseCatalog Catalog => catalog;

    /// <summary>
    /// When a reload in this hub process last found the exercise's tests changed, or null. Kept in memory
    /// only: after a restart the hub cannot tell (it stores no fingerprint with a grade).
    /// </summary>
    public DateTimeOffset? TestsChangedAt(string exerciseId) => testsChangedAt.TryGetValue(exerciseId, out var at) ? at : null;

    /// <summary>Reads the folder again, swaps the new catalogue in, logs its diagnostics and says what changed.</summary>
    public ExerciseCatalogChanges Reload()
    {
        // Serialised so two concurrent reloads cannot publish an older snapshot last.
        lock (reloadLock)
        {
            var previous = catalog;
            ExerciseCatalog loaded;
            try
            {
                loaded = ExerciseCatalog.Load(Directory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                LogUnreadable(logger, ex, Directory);
                return ExerciseCatalogChanges.None;
            }

            var (next, kept) = KeepLastGood(previous, loaded);
            var changes = Compare(previous, next, kept);
            catalog = next;
            foreach (var d in next.Diagnostics)
            {
                logger.Log(d.IsError ? LogLevel.Error : LogLevel.Warning, "Exercise {Diagnostic}", d.ToString());
            }

            LogLoaded(logger, next.Exercises.Count, Directory, changes.ToString());
            return changes;
        }
    }

    /// <summary>Puts back the previous version of every exercise whose folder still exists but no longer loads.</summary>
    private static (ExerciseCatalog Catalog, List<string> Kept) KeepLastGood(ExerciseCatalog previous, ExerciseCatalog loaded)
    {
        var exercises = loaded.Exercises.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var diagnostics = loaded.Diagnostics.ToList();
        var kept = new List<string>();
        foreach (var old in previous.Exercises.Where(e => !exercises.ContainsKey(e.Id)))
        {
            if (System.IO.Directory.Exists(old.Directory) && loaded.Diagnostics.Any(d => d.IsError && IsIn(d.Path, old.Directory)))
            {
                exercises[old.Id] = old;
                kept.Add(old.Id);
                diagnostics.Add(new ExerciseDiagnostic(old.Directory, null,
                    "the folder has errors (above); participants and the grader keep using the last version that loaded until they are fixed.", IsError: false));
            }
        }

        return kept.Count == 0 ? (loaded, kept) : (new ExerciseCatalog(exercises.Values, diagnostics), kept);
    }

    private ExerciseCatalogChanges Compare(ExerciseCatalog previous, ExerciseCatalog next, List<string> kept)
    {
        List<string> added = [], tests = [], timing = [];
        var prints = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var e in next.Exercises)
        {
            var print = fingerprints.TryGetValue(e.Id, out var known) && previous.Find(e.Id) is { } same && ReferenceEquals(same, e) ? known : ExerciseFingerprint.Tests(e);
            prints[e.Id] = print;
            if (previous.Find(e.Id) is not { } before)
            {
                added.Add(e.Id);
                continue;
            }

            if (known is not null && known != print)
            {
                tests.Add(e.Id);
            }

            if (ExerciseFingerprint.TimingDiffers(before, e))
            {
                timing.Add(e.Id);
            }
        }

        fingerprints = prints.ToImmutable();
        if (tests.Count > 0)
        {
            var now = clock.GetUtcNow();
            testsChangedAt = testsChangedAt.SetItems(tests.Select(id => KeyValuePair.Create(id, now)));
        }

        var removed = previous.Exercises.Select(e => e.Id).Where(id => next.Find(id) is null).ToList();
        return new ExerciseCatalogChanges(added, removed, tests, timing, kept);
    }

    private static bool IsIn(string path, string directory)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        return full == folder || full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The exercises folder {Directory} cannot be read; the exercises loaded before stay in use")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} exercises from {Directory}: {Changes}")]
    private static partial void LogLoaded(ILogger logger, int count, string directory, string changes);
}
