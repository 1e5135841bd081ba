namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>Runs code in the kernel's session (a notebook cell).</summary>
/// <param name="Token">Correlates the events this command causes.</param>
/// <param name="Code">The cell's source.</param>
/// <param name="CellId">The nbformat cell id, when the code comes from a notebook; for logs and output routing.</param>
public sealed record SubmitCode(string Token, string Code, string? CellId = null) : KernelCommand(Token);
