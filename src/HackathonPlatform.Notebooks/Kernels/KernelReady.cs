namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// The kernel process has started, warmed up its compiler and waits for commands. It is the first
/// line a kernel host writes; a client may pre-start a kernel and hand it out once this arrived.
/// Its <see cref="KernelEvent.CommandToken"/> is <see cref="Token"/>, as no command caused it.
/// </summary>
/// <param name="CommandToken">Always <see cref="Token"/>.</param>
/// <param name="Language">The kernel's language, e.g. <c>csharp</c>.</param>
/// <param name="ProcessId">The host's process id inside its sandbox (may differ from the client's view).</param>
/// <param name="StartupMilliseconds">Time from the host's entry point to readiness.</param>
public sealed record KernelReady(string CommandToken, string Language, int ProcessId, long StartupMilliseconds) : KernelEvent(CommandToken)
{
    /// <summary>The token of every <see cref="KernelReady"/> event.</summary>
    public const string Token = "kernel-ready";
}
