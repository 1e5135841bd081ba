using System.Text.Json;

namespace HackathonPlatform.Katas;

/// <summary>
/// The Quantum Katas of the installed qsharp-lang: read once from Node (<c>quantum/katas-index.mjs</c>)
/// and cached as JSON per package version, since the content only changes with the pinned version.
/// Immutable and thread-safe once loaded.
/// </summary>
public sealed class KataCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, Kata> _byId;

    private KataCatalog(string version, IReadOnlyList<Kata> katas)
    {
        Version = version;
        Katas = katas;
        _byId = katas.ToDictionary(k => k.Id, StringComparer.Ordinal);
    }

    /// <summary>The qsharp-lang version the katas come from.</summary>
    public string Version { get; }

    /// <summary>All katas, published ones first, each group in qsharp-lang's order.</summary>
    public IReadOnlyList<Kata> Katas { get; }

    /// <summary>All exercises of all katas.</summary>
    public IEnumerable<KataExercise> Exercises => Katas.SelectMany(k => k.Exercises);

    /// <summary>Finds a kata.</summary>
    /// <param name="kataId">Its id.</param>
    /// <returns>The kata, or null.</returns>
    public Kata? FindKata(string kataId) => _byId.GetValueOrDefault(kataId);

    /// <summary>Finds an exercise of a kata.</summary>
    /// <param name="kataId">The kata's id.</param>
    /// <param name="exerciseId">The exercise's id.</param>
    /// <returns>The exercise, or null.</returns>
    public KataExercise? FindExercise(string kataId, string exerciseId) =>
        FindKata(kataId)?.Exercises.FirstOrDefault(e => e.Id == exerciseId);

    /// <summary>Loads the catalogue from the cache, or from Node (~1 s) when the cache is missing or stale.</summary>
    /// <param name="options">Where the toolchain and the cache are.</param>
    /// <param name="cancellationToken">Stops loading.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="QsharpToolchainException">Node or qsharp-lang is missing, or the script failed.</exception>
    public static async Task<KataCatalog> LoadAsync(KatasOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var version = QsharpToolchain.InstalledVersion(options.QuantumDirectory);
        var cache = Path.Combine(options.CacheDirectory ?? Path.GetTempPath(), $"hackathon-katas-index-{version}.json");
        var json = File.Exists(cache) ? await File.ReadAllTextAsync(cache, cancellationToken) : null;
        var index = json is null ? null : TryParse(json, version);
        if (index is null)
        {
            json = await ReadFromNodeAsync(options, cancellationToken);
            index = TryParse(json, version) ?? throw new QsharpToolchainException("katas-index.mjs printed an unreadable index.");
            await WriteCacheAsync(cache, json, cancellationToken);
        }

        return FromIndex(index);
    }

    private static async Task<string> ReadFromNodeAsync(KatasOptions options, CancellationToken cancellationToken)
    {
        var output = new System.Text.StringBuilder();
        var run = await NodeRunner.RunAsync(options, "katas-index.mjs", null, TimeSpan.FromSeconds(60), line => output.Append(line), cancellationToken);
        if (run.TimedOut || run.ExitCode != 0)
        {
            throw new QsharpToolchainException($"katas-index.mjs failed (exit code {run.ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none: timed out"}): {run.StderrTail}");
        }

        return output.ToString();
    }

    // Written to a temporary name first: two hubs starting together must never read half a file.
    private static async Task WriteCacheAsync(string cache, string json, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
            var temporary = $"{cache}.{Environment.ProcessId}.tmp";
            await File.WriteAllTextAsync(temporary, json, cancellationToken);
            File.Move(temporary, cache, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The cache only saves a second at start; an unwritable folder is not an error.
        }
    }

    private static KataIndexJson? TryParse(string json, string version)
    {
        try
        {
            var index = JsonSerializer.Deserialize<KataIndexJson>(json, Json);
            return index is { Katas.Count: > 0 } && index.Version == version ? index : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static KataCatalog FromIndex(KataIndexJson index)
    {
        var katas = index.Katas
            .OrderByDescending(k => k.Published)
            .Select(k => new Kata(
                k.Id,
                k.Title,
                k.Published,
                k.Introduction,
                [.. k.Exercises.Select(e => new KataExercise(e.Id, k.Id, e.Title, e.Description, e.Placeholder, e.Solutions, e.Hints))]))
            .ToList();
        return new KataCatalog(index.Version, katas);
    }
}
