namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>How to start a kernel host process (the <c>hackathon-kernel</c> program).</summary>
public sealed record KernelProcessOptions
{
    /// <summary>
    /// The kernel host: <c>hackathon-kernel.dll</c> (run with <see cref="DotnetPath"/>) or its
    /// native launcher. Its folder is mounted read-only inside the sandbox.
    /// </summary>
    public required string HostPath { get; init; }

    /// <summary>The kernel's working directory (the workspace); the only writable folder in the sandbox.</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>Limits; <see cref="KernelLimits.Default"/> unless set.</summary>
    public KernelLimits Limits { get; init; } = KernelLimits.Default;

    /// <summary>Whether to use bubblewrap.</summary>
    public SandboxMode Sandbox { get; init; } = SandboxMode.Auto;

    /// <summary>
    /// The uid (and gid) the kernel runs as when the launcher is root. Root ignores RLIMIT_NPROC,
    /// so a root launcher always drops to a non-root uid: this one, or else one picked per kernel
    /// from 1000000 upwards (a block of 256 per launching process). The working directory is made writable for it. Ignored when not root.
    /// </summary>
    public int? SandboxUserId { get; init; }

    /// <summary>Folders hidden from the kernel (e.g. the hub's data directory): replaced by empty ones in the sandbox.</summary>
    public IReadOnlyList<string> HiddenPaths { get; init; } = [];

    /// <summary>Extra folders mounted read-only inside the sandbox (e.g. shared data sets).</summary>
    public IReadOnlyList<string> ReadOnlyPaths { get; init; } = [];

    /// <summary>
    /// Variables passed to the kernel in addition to the fixed allow-list (PATH, LANG, HOME, TMPDIR,
    /// DOTNET_*). Nothing else of the launcher's environment is inherited, so no hub secret leaks.
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The <c>dotnet</c> executable used for a .dll host; null finds the one running this process.</summary>
    public string? DotnetPath { get; init; }

    /// <summary>How long a (re)start may take until the kernel reports ready.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Receives the kernel's stderr lines and the client's own notes; null to drop them.</summary>
    public Action<string>? Log { get; init; }
}
