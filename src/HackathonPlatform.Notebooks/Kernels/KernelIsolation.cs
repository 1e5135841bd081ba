namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>What isolation a kernel actually got (servers expose it, so an operator sees a missing sandbox).</summary>
/// <param name="Bubblewrap">Runs inside bubblewrap: read-only system, no network, private /tmp and pids.</param>
/// <param name="ResourceLimits">rlimits (address space, CPU, processes, file size) set through <c>prlimit</c>.</param>
/// <param name="UserId">The uid the kernel runs as when it was dropped from root; null when it runs as the launcher's user.</param>
/// <param name="Notes">Why something is missing, for logs and status pages.</param>
public sealed record KernelIsolation(bool Bubblewrap, bool ResourceLimits, int? UserId, string Notes);
