using System.Globalization;
using HackathonPlatform.Grading.Execution;
using HackathonPlatform.Grading.Late;
using HackathonPlatform.Grading.Release;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HackathonPlatform.Grading.Exercises;

/// <summary>Reads one exercise folder: exercise.yml, <c>{id}.ipynb</c> and README.md. Bad input gives diagnostics, never exceptions.</summary>
public static class ExerciseReader
{
    /// <summary>The settings file's name.</summary>
    public const string SettingsFile = "exercise.yml";

    private static readonly HashSet<string> KnownKeys =
        ["title", "summary", "language", "used_by", "submission", "due", "late_policy", "limits", "max_submissions", "leaderboard"];

    /// <summary>Loads the folder.</summary>
    /// <param name="directory">The exercise folder; its name is the exercise id.</param>
    /// <param name="diagnostics">Receives every problem found.</param>
    /// <returns>The exercise, or null when an error keeps it from being used.</returns>
    public static Exercise? Read(string directory, List<ExerciseDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var id = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        var settingsPath = Path.Combine(directory, SettingsFile);
        var notebookPath = Path.Combine(directory, id + ".ipynb");
        var errorsBefore = diagnostics.Count(d => d.IsError);
        if (!File.Exists(settingsPath))
        {
            diagnostics.Add(new ExerciseDiagnostic(directory, null, $"no {SettingsFile}: every exercise folder needs one (title, language, due date ...)."));
            return null;
        }

        var map = Load(settingsPath, diagnostics);
        var release = ReadRelease(notebookPath, map?.Text("language"), diagnostics);
        if (map is null || release is null)
        {
            return null;
        }

        var exercise = Build(id, directory, map, release, diagnostics);
        return diagnostics.Count(d => d.IsError) > errorsBefore ? null : exercise;
    }

    private static YamlMap? Load(string path, List<ExerciseDiagnostic> diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or IOException)
        {
            var line = ex is YamlException y && y.Start.Line > 0 ? (int?)y.Start.Line : null;
            diagnostics.Add(new ExerciseDiagnostic(path, line, $"not valid YAML: {ex.Message}"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(new ExerciseDiagnostic(path, 1, "must be a YAML mapping of 'key: value' lines."));
            return null;
        }

        return new YamlMap(root, path, diagnostics);
    }

    private static ReleaseResult? ReadRelease(string notebookPath, string? language, List<ExerciseDiagnostic> diagnostics)
    {
        if (!File.Exists(notebookPath))
        {
            diagnostics.Add(new ExerciseDiagnostic(notebookPath, null, "the source notebook is missing (it must be named after the folder)."));
            return null;
        }

        try
        {
            var profile = language?.ToLowerInvariant() switch
            {
                "csharp" => LanguageProfile.CSharp,
                "python" => LanguageProfile.Python,
                _ => null,
            };
            return ReleaseGenerator.Generate(NotebookReader.ReadFile(notebookPath), new ReleaseOptions { Language = profile });
        }
        catch (NotebookFormatException ex)
        {
            diagnostics.Add(new ExerciseDiagnostic(notebookPath, (int?)ex.LineNumber, ex.Message));
            return null;
        }
        catch (IOException ex)
        {
            diagnostics.Add(new ExerciseDiagnostic(notebookPath, null, $"cannot be read: {ex.Message}"));
            return null;
        }
    }

    private static Exercise Build(string id, string directory, YamlMap map, ReleaseResult release, List<ExerciseDiagnostic> diagnostics)
    {
        foreach (var key in map.Keys.Where(k => !KnownKeys.Contains(k)))
        {
            map.Report(key, $"unknown key '{key}' (known keys: {string.Join(", ", KnownKeys)}).", isError: false);
        }

        var language = map.Text("language", required: true)?.ToLowerInvariant();
        if (language is not null and not ("csharp" or "python"))
        {
            map.Report("language", $"language must be csharp or python, got '{language}'.", isError: true);
        }

        var usedBy = map.Map("used_by");
        var limits = map.Map("limits");
        var readme = Path.Combine(directory, "README.md");
        return new Exercise
        {
            Id = id,
            Title = map.Text("title", required: true) ?? id,
            Summary = map.Text("summary") ?? "",
            Language = language ?? "csharp",
            Hackathons = usedBy?.List("hackathons") ?? [],
            Courses = usedBy?.List("courses") ?? [],
            IsGroupExercise = Submission(map),
            DueAt = Due(map),
            LatePolicy = Late(map),
            Limits = new ExecutionLimits
            {
                CellTimeout = TimeSpan.FromSeconds(limits?.Number("cell_timeout_seconds", 1, 3600) ?? ExecutionLimits.Default.CellTimeout.TotalSeconds),
                MemoryBytes = (long)(limits?.Number("memory_mb", 64, 1024 * 1024) ?? ExecutionLimits.Default.MemoryBytes / (1024.0 * 1024)) * 1024 * 1024,
            },
            MaxSubmissions = (int?)map.Number("max_submissions", 1, 10_000),
            Leaderboard = map.Boolean("leaderboard") ?? false,
            ReadmeMarkdown = File.Exists(readme) ? File.ReadAllText(readme) : "",
            Directory = directory,
            Release = release,
            MaxPoints = release.GradingMaster.Cells.Where(c => c.IsGrade() || c.IsTask()).Sum(c => NbgraderMetadata.Of(c)?.Points ?? 0),
        };
    }

    private static bool Submission(YamlMap map)
    {
        var text = map.Text("submission")?.ToLowerInvariant();
        if (text is null or "individual" or "group")
        {
            return text == "group";
        }

        map.Report("submission", $"submission must be 'group' or 'individual', got '{text}'.", isError: true);
        return false;
    }

    private static DateTimeOffset? Due(YamlMap map)
    {
        var text = map.Text("due");
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var due))
        {
            return due;
        }

        map.Report("due", $"'{text}' is not a date; write it in UTC as 2026-12-10T18:00:00Z.", isError: true);
        return null;
    }

    private static LatePolicy Late(YamlMap map)
    {
        var text = map.Text("late_policy");
        if (text is null)
        {
            return LatePolicy.None;
        }

        var policy = LatePolicyText.Parse(text, out var error);
        if (policy is null)
        {
            map.Report("late_policy", error!, isError: true);
        }

        return policy ?? LatePolicy.None;
    }
}
