namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>The command finished without error; no more events follow for its token.</summary>
/// <param name="CommandToken">The command's token.</param>
/// <param name="ExecutionCount">The cell's execution count, for SubmitCode; otherwise null.</param>
public sealed record CommandSucceeded(string CommandToken, int? ExecutionCount = null) : KernelEvent(CommandToken);
