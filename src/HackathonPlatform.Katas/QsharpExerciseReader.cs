using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HackathonPlatform.Katas;

/// <summary>Reads our Q# exercises: the folders of exercises/ whose exercise.yml says <c>language: qsharp</c>.</summary>
public static class QsharpExerciseReader
{
    /// <summary>The files every Q# exercise folder has besides exercise.yml and README.md.</summary>
    public static IReadOnlyList<string> RequiredFiles { get; } = ["Placeholder.qs", "Solution.qs", "Verification.qs"];

    /// <summary>Loads every Q# exercise under <paramref name="exercisesDirectory"/>, in folder-name order.</summary>
    /// <param name="exercisesDirectory">The repository's exercises/ folder.</param>
    /// <returns>The exercises; a Q# folder missing a file is an error, not a silent gap.</returns>
    /// <exception cref="InvalidDataException">A Q# exercise folder lacks a required file or has unreadable YAML.</exception>
    public static IReadOnlyList<QsharpExercise> LoadAll(string exercisesDirectory)
    {
        if (!Directory.Exists(exercisesDirectory))
        {
            return [];
        }

        return [.. Directory.GetDirectories(exercisesDirectory)
            .Order(StringComparer.Ordinal)
            .Select(folder => (folder, settings: ReadSettings(Path.Combine(folder, "exercise.yml"))))
            .Where(f => f.settings.GetValueOrDefault("language") == "qsharp")
            .Select(f => Read(f.folder, f.settings))];
    }

    private static QsharpExercise Read(string folder, Dictionary<string, string> settings)
    {
        foreach (var file in RequiredFiles.Append("README.md"))
        {
            if (!File.Exists(Path.Combine(folder, file)))
            {
                throw new InvalidDataException($"{folder} is a Q# exercise but has no {file}.");
            }
        }

        string Text(string file) => File.ReadAllText(Path.Combine(folder, file));
        var id = Path.GetFileName(folder);
        return new QsharpExercise(
            id,
            settings.GetValueOrDefault("title") ?? id,
            settings.GetValueOrDefault("summary") ?? "",
            Text("README.md"),
            Text("Placeholder.qs"),
            Text("Solution.qs"),
            Text("Verification.qs"));
    }

    private static Dictionary<string, string> ReadSettings(string path)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return settings;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"{path} is not valid YAML: {ex.Message}", ex);
        }

        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root)
        {
            foreach (var (key, value) in root.Children)
            {
                if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } text })
                {
                    settings[name] = text;
                }
            }
        }

        return settings;
    }
}
