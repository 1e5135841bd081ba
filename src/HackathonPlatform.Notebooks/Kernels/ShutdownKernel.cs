namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>Asks the kernel process to exit after acknowledging.</summary>
/// <param name="Token">Correlates the events this command causes.</param>
public sealed record ShutdownKernel(string Token) : KernelCommand(Token);
