namespace HackathonPlatform.Grading.Exercises;

/// <summary>
/// Every exercise under an exercises/ folder, loaded once. A broken folder is left out with its
/// diagnostics; the others still load, so one author's typo never takes the hub down.
/// </summary>
public sealed class ExerciseCatalog
{
    private readonly Dictionary<string, Exercise> _byId;

    /// <summary>Creates a catalogue from loaded exercises.</summary>
    /// <param name="exercises">The exercises (ids unique).</param>
    /// <param name="diagnostics">Problems found while loading.</param>
    public ExerciseCatalog(IEnumerable<Exercise> exercises, IReadOnlyList<ExerciseDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(exercises);
        _byId = exercises.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Exercises = _byId.Values.OrderBy(e => e.DueAt ?? DateTimeOffset.MaxValue).ThenBy(e => e.Title, StringComparer.Ordinal).ToList();
        Diagnostics = diagnostics ?? [];
    }

    /// <summary>An empty catalogue.</summary>
    public static ExerciseCatalog Empty { get; } = new([], []);

    /// <summary>The usable exercises, earliest deadline first.</summary>
    public IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>Errors and warnings from loading.</summary>
    public IReadOnlyList<ExerciseDiagnostic> Diagnostics { get; }

    /// <summary>Loads every sub-folder of <paramref name="directory"/> that is not hidden.</summary>
    /// <param name="directory">The exercises folder; a missing folder gives an empty catalogue and a warning.</param>
    /// <returns>The catalogue.</returns>
    public static ExerciseCatalog Load(string directory)
    {
        var diagnostics = new List<ExerciseDiagnostic>();
        if (!System.IO.Directory.Exists(directory))
        {
            diagnostics.Add(new ExerciseDiagnostic(directory, null, "the exercises folder does not exist; no exercises are offered.", IsError: false));
            return new ExerciseCatalog([], diagnostics);
        }

        var exercises = new List<Exercise>();
        foreach (var folder in System.IO.Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            if (name.StartsWith('.') || name.StartsWith('_'))
            {
                continue;
            }

            if (!IsValidId(name))
            {
                diagnostics.Add(new ExerciseDiagnostic(folder, null, "exercise folder names are lower-case letters, digits and dashes (they appear in URLs)."));
                continue;
            }

            if (IsQsharpKataExercise(folder))
            {
                // Katas-shaped Q# exercises (Placeholder.qs, Solution.qs, Verification.qs) are checked by the
                // Katas part (HackathonPlatform.Katas), not graded as notebooks.
                continue;
            }

            if (ExerciseReader.Read(folder, diagnostics) is { } exercise)
            {
                exercises.Add(exercise);
            }
        }

        return new ExerciseCatalog(exercises, diagnostics);
    }

    private static bool IsQsharpKataExercise(string folder) =>
        File.Exists(Path.Combine(folder, "Verification.qs")) && !System.IO.Directory.EnumerateFiles(folder, "*.ipynb").Any();

    /// <summary>Whether a text can be an exercise id: 1-64 of a-z, 0-9 and '-', starting with a letter or digit.</summary>
    /// <param name="id">The candidate.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValidId(string id) =>
        id is { Length: > 0 and <= 64 } && char.IsAsciiLetterOrDigit(id[0]) && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>The exercise with this id, or null.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The exercise, or null.</returns>
    public Exercise? Find(string id) => id is not null && _byId.TryGetValue(id, out var e) ? e : null;

    /// <summary>The exercises a hackathon uses.</summary>
    /// <param name="slug">The hackathon's slug.</param>
    /// <returns>Its exercises.</returns>
    public IReadOnlyList<Exercise> ForHackathon(string slug) =>
        Exercises.Where(e => e.Hackathons.Contains(slug, StringComparer.Ordinal)).ToList();
}
