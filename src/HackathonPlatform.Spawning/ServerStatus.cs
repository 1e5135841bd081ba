namespace HackathonPlatform.Spawning;

/// <summary>What a notebook server's /api/status reports, for the hub's idle culler and status pages.</summary>
/// <param name="LastActivity">When a user last did something (requests, cells); the status polling itself does not count.</param>
/// <param name="Kernels">Kernels running.</param>
/// <param name="WarmKernelReady">Whether a pre-started kernel waits for the next notebook.</param>
/// <param name="Bubblewrap">Whether kernels run inside bubblewrap (file-system and network isolation).</param>
/// <param name="IsolationNotes">What isolation is missing, if anything.</param>
public sealed record ServerStatus(DateTimeOffset LastActivity, int Kernels, bool WarmKernelReady, bool Bubblewrap, string IsolationNotes);
