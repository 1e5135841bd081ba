namespace HackathonPlatform.Grading.Exercises;

/// <summary>A problem found while loading an exercise folder, for authors and the hub's start-up log.</summary>
/// <param name="Path">The file concerned (exercise.yml, the notebook, or the folder).</param>
/// <param name="Line">1-based line in that file, when known.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="IsError">Errors keep the exercise out of the catalogue; warnings do not.</param>
public sealed record ExerciseDiagnostic(string Path, int? Line, string Message, bool IsError = true)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{(IsError ? "error" : "warning")}: {Path}{(Line is { } l ? $":{l}" : "")}: {Message}";
}
