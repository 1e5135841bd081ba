namespace HackathonPlatform.Katas;

/// <summary>
/// One solution to check: either against a kata exercise (<see cref="KataId"/> and
/// <see cref="ExerciseId"/>) or against verification sources of our own (<see cref="Sources"/>).
/// </summary>
/// <param name="Code">The learner's Q# (namespace <c>Kata</c>).</param>
/// <param name="KataId">The kata, when checking a kata exercise.</param>
/// <param name="ExerciseId">The kata exercise.</param>
/// <param name="Sources">Verification sources defining <c>Kata.Verification.CheckSolution()</c>, for our own exercises.</param>
public sealed record SolutionCheck(string Code, string? KataId = null, string? ExerciseId = null, IReadOnlyList<string>? Sources = null)
{
    /// <summary>A check against a kata exercise.</summary>
    /// <param name="kataId">The kata.</param>
    /// <param name="exerciseId">The exercise.</param>
    /// <param name="code">The learner's code.</param>
    /// <returns>The check.</returns>
    public static SolutionCheck ForKata(string kataId, string exerciseId, string code) => new(code, kataId, exerciseId);

    /// <summary>A check against one of our Q# exercises.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="code">The learner's code.</param>
    /// <returns>The check.</returns>
    public static SolutionCheck ForExercise(QsharpExercise exercise, string code)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return new(code, Sources: [exercise.VerificationCode]);
    }
}
