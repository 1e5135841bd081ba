namespace HackathonPlatform.Spawning;

/// <summary>How <see cref="LocalProcessSpawner"/> starts one group's notebook server on this machine.</summary>
public sealed record LocalSpawnerOptions
{
    /// <summary>The server program: <c>hackathon-notebook-server.dll</c> (run with <see cref="DotnetPath"/>) or its native launcher.</summary>
    public required string ServerPath { get; init; }

    /// <summary>The group's workspace folder; created when missing; kept when the server stops.</summary>
    public required string Workspace { get; init; }

    /// <summary>The prefix the hub proxies, e.g. <c>/servers/group-7/</c>.</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>The kernel host (<c>hackathon-kernel.dll</c>) the server runs; null lets the server find it.</summary>
    public string? KernelHostPath { get; init; }

    /// <summary>The <c>dotnet</c> executable for a .dll server; null finds the one running this process.</summary>
    public string? DotnetPath { get; init; }

    /// <summary>Where the server's stdout and stderr go (appended); null: <c>.server.log</c> in the workspace's parent.</summary>
    public string? LogFile { get; init; }

    /// <summary>How long the server may take to answer /api/status.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a stop waits for a graceful exit (SIGTERM) before killing.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether the server keeps a kernel started ahead of demand (faster first cell, ~150 MB more).</summary>
    public bool WarmKernel { get; init; } = true;

    /// <summary>
    /// Whether the server stops when this process ends (it watches our pid). False by default: a
    /// server outlives a hub restart and is re-attached. Tests should set it, so a crashed test run
    /// leaves no server behind.
    /// </summary>
    public bool ExitWithHub { get; init; }

    /// <summary>Further server arguments (flavour limits: <c>--cell-timeout</c>, <c>--memory-mb</c>, <c>--sandbox</c>, <c>--hidden</c>...).</summary>
    public IReadOnlyList<string> ServerArguments { get; init; } = [];

    /// <summary>Variables for the server besides the allow-list (PATH, HOME, LANG, DOTNET_ROOT); hub secrets are never inherited.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}
