namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// Stops the code now running. The running command then fails; if the kernel cannot stop it,
/// the host kills and restarts the kernel process.
/// </summary>
/// <param name="Token">Correlates the events this command causes.</param>
public sealed record InterruptKernel(string Token) : KernelCommand(Token);
