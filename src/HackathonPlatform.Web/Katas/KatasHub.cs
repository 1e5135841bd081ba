using HackathonPlatform.Katas;
using HackathonPlatform.Web.Learning;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Katas;

/// <summary>
/// The hub's view of the Quantum Katas plus our own Q# exercises (shown as one more kata,
/// <see cref="PlatformKataId"/>), and the checker behind the pages' "Check" button. The catalogue
/// is loaded on first use (from the JSON cache, or from Node) and kept; a failed load is retried on
/// the next request. Checks run in separate Node processes, at most
/// <see cref="KatasHubOptions.MaxConcurrentChecks"/> at once.
/// </summary>
public sealed class KatasHub : IDisposable
{
    /// <summary>The id of the pseudo-kata holding exercises/qsharp-*.</summary>
    public const string PlatformKataId = "platform";

    private readonly KatasOptions _options;
    private readonly string _exercisesDirectory;
    private readonly TimeSpan _queueTimeout;
    private readonly SemaphoreSlim _checks;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly ILogger<KatasHub> _logger;
    private KatasView? _view;

    /// <summary>Creates the service from the "Katas" options.</summary>
    public KatasHub(IOptions<KatasHubOptions> options, IHostEnvironment environment, ILogger<KatasHub> logger)
    {
        var settings = options.Value;
        _options = new KatasOptions
        {
            QuantumDirectory = RepositoryPaths.Resolve(settings.QuantumDirectory, environment.ContentRootPath, "quantum"),
            CacheDirectory = string.IsNullOrWhiteSpace(settings.CacheDirectory) ? null : settings.CacheDirectory,
            CheckTimeout = TimeSpan.FromSeconds(Math.Max(1, settings.CheckTimeoutSeconds)),
        };
        _exercisesDirectory = RepositoryPaths.Resolve(settings.ExercisesDirectory, environment.ContentRootPath, "exercises");
        _queueTimeout = TimeSpan.FromSeconds(Math.Max(1, settings.QueueTimeoutSeconds));
        _checks = new SemaphoreSlim(Math.Max(1, settings.MaxConcurrentChecks));
        _logger = logger;
        Checker = new KataChecker(_options);
    }

    /// <summary>The checker (also usable directly, e.g. by tests).</summary>
    public KataChecker Checker { get; }

    /// <summary>The largest solution accepted, in bytes.</summary>
    public int MaxCodeBytes => _options.MaxCodeBytes;

    /// <summary>The katas, or an explanation of why they are unavailable (Node or qsharp-lang missing).</summary>
    /// <param name="cancellationToken">Stops waiting for the first load.</param>
    /// <returns>The view.</returns>
    public async Task<KatasView> GetAsync(CancellationToken cancellationToken)
    {
        if (_view is { Unavailable: null } loaded)
        {
            return loaded;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_view is not { Unavailable: null })
            {
                _view = await LoadAsync(cancellationToken);
            }

            return _view;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Checks a learner's solution; waits for a free slot first.</summary>
    /// <param name="exercise">The exercise, from <see cref="GetAsync"/>.</param>
    /// <param name="code">The learner's code.</param>
    /// <param name="cancellationToken">Stops the check (the Node process is killed).</param>
    /// <returns>The verdict.</returns>
    public async Task<SolutionCheckResult> CheckAsync(KataExercise exercise, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var view = await GetAsync(cancellationToken);
        if (!await _checks.WaitAsync(_queueTimeout, cancellationToken))
        {
            return SolutionCheckResult.Refuse("Many solutions are being checked right now; please try again in a minute.");
        }

        try
        {
            return exercise.KataId == PlatformKataId && view.PlatformExercises.FirstOrDefault(e => e.Id == exercise.Id) is { } own
                ? await Checker.CheckAsync(own, code, cancellationToken)
                : await Checker.CheckAsync(exercise.KataId, exercise.Id, code, cancellationToken);
        }
        catch (QsharpToolchainException ex)
        {
            _logger.LogError(ex, "Q# check failed for {Kata}/{Exercise}", exercise.KataId, exercise.Id);
            return SolutionCheckResult.Refuse("The Q# checker is not working on this server; the administrators have been told.");
        }
        finally
        {
            _checks.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _checks.Dispose();
        _loading.Dispose();
    }

    private async Task<KatasView> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var catalog = await KataCatalog.LoadAsync(_options, cancellationToken);
            var own = QsharpExerciseReader.LoadAll(_exercisesDirectory);
            return KatasView.Create(catalog, own);
        }
        catch (Exception ex) when (ex is QsharpToolchainException or InvalidDataException or IOException)
        {
            _logger.LogError(ex, "The Quantum Katas are unavailable");
            return KatasView.Failed(ex is QsharpToolchainException ? ex.Message : $"The Q# exercises could not be read: {ex.Message}");
        }
    }
}
