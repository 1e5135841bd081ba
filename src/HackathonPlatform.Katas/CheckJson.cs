namespace HackathonPlatform.Katas;

// The wire format of check-solutions.mjs: one request on stdin, one answer line per check.
internal sealed record CheckRequestJson(List<CheckJson> Checks);

internal sealed record CheckJson(string Code, string? Kata, string? Exercise, IReadOnlyList<string>? Sources)
{
    public static CheckJson From(SolutionCheck check) => new(check.Code, check.KataId, check.ExerciseId, check.Sources);
}

internal sealed record CheckAnswerJson(int Index, bool Correct, bool Compiled, List<string> Messages, List<string> Errors)
{
    public SolutionCheckResult ToResult(TimeSpan elapsed) =>
        new(Correct ? CheckOutcome.Correct : Compiled ? CheckOutcome.Incorrect : CheckOutcome.CompilationError, Messages, Errors, elapsed);
}
