namespace HackathonPlatform.Katas;

/// <summary>How a Node script ended.</summary>
/// <param name="ExitCode">The exit code; null when the process was killed at its time limit.</param>
/// <param name="TimedOut">Whether the time limit killed it.</param>
/// <param name="StderrTail">The last lines of its stderr, for error messages.</param>
/// <param name="Elapsed">Wall-clock time from start to exit.</param>
internal sealed record NodeRun(int? ExitCode, bool TimedOut, string StderrTail, TimeSpan Elapsed);
