namespace HackathonPlatform.Katas;

/// <summary>The verdict on a solution.</summary>
/// <param name="Outcome">How the check ended.</param>
/// <param name="Messages">What the verification printed, in order ("Correct!", "Incorrect.", hints, states as text).</param>
/// <param name="Errors">Compiler or runtime errors, or why the check was refused or stopped.</param>
/// <param name="Elapsed">Wall-clock time of the check (for a batch, of the whole batch so far).</param>
public sealed record SolutionCheckResult(CheckOutcome Outcome, IReadOnlyList<string> Messages, IReadOnlyList<string> Errors, TimeSpan Elapsed)
{
    /// <summary>Whether the solution passed.</summary>
    public bool Correct => Outcome == CheckOutcome.Correct;

    /// <summary>The verification's hint ("Hint: ..." messages), or null when it gave none.</summary>
    public string? Hint =>
        Messages.Where(m => m.StartsWith("Hint", StringComparison.Ordinal)).Aggregate((string?)null, (all, m) => all is null ? m : $"{all}\n{m}");

    /// <summary>A refusal that never started Node.</summary>
    /// <param name="reason">Why, in words for the learner.</param>
    /// <returns>The result.</returns>
    public static SolutionCheckResult Refuse(string reason) => new(CheckOutcome.Refused, [], [reason], TimeSpan.Zero);
}
