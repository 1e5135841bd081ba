namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>The command failed (compile error, exception, interruption); no more events follow for its token.</summary>
/// <param name="CommandToken">The command's token.</param>
/// <param name="ErrorName">The exception's type name, e.g. <c>System.InvalidOperationException</c>.</param>
/// <param name="Message">The error message.</param>
/// <param name="Traceback">Stack trace lines, possibly empty.</param>
public sealed record CommandFailed(string CommandToken, string ErrorName, string Message, IReadOnlyList<string> Traceback) : KernelEvent(CommandToken);
