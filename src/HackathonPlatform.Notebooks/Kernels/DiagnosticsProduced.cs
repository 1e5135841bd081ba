namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>The compiler reported on the submitted code (shown at the cell).</summary>
/// <param name="CommandToken">The command's token.</param>
/// <param name="Diagnostics">The diagnostics, possibly empty (to clear earlier ones).</param>
public sealed record DiagnosticsProduced(string CommandToken, IReadOnlyList<Diagnostic> Diagnostics) : KernelEvent(CommandToken);
