namespace HackathonPlatform.Katas;

/// <summary>How a solution check ended.</summary>
public enum CheckOutcome
{
    /// <summary>The verification passed.</summary>
    Correct,

    /// <summary>The code compiled and ran, and the verification failed (or the code failed at run time).</summary>
    Incorrect,

    /// <summary>The code did not compile; <see cref="SolutionCheckResult.Errors"/> has the compiler's messages.</summary>
    CompilationError,

    /// <summary>The check ran past its time limit (an infinite loop?) and was killed.</summary>
    TimedOut,

    /// <summary>The code was refused before running (too large, or no such exercise).</summary>
    Refused,
}
