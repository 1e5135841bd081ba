namespace HackathonPlatform.Katas;

/// <summary>Where the Q# toolchain lives and how long its Node processes may run.</summary>
public sealed record KatasOptions
{
    /// <summary>The repository's <c>quantum/</c> folder (package.json, node_modules, the scripts).</summary>
    public required string QuantumDirectory { get; init; }

    /// <summary>The <c>node</c> executable; found on PATH when it is a bare name.</summary>
    public string NodePath { get; init; } = "node";

    /// <summary>
    /// Wall-clock limit of one check (process start ~1.5 s plus the check). A learner's infinite
    /// loop runs inside the synchronous wasm simulator, so the process is killed at this limit.
    /// </summary>
    public TimeSpan CheckTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest solution accepted, in UTF-8 bytes; larger code is refused without starting Node.</summary>
    public int MaxCodeBytes { get; init; } = 64 * 1024;

    /// <summary>V8 heap limit of a check process in MiB (<c>--max-old-space-size</c>); the wasm memory comes on top.</summary>
    public int NodeHeapMegabytes { get; init; } = 512;

    /// <summary>Folder for the cached katas index (one JSON file per qsharp-lang version); null for the temp folder.</summary>
    public string? CacheDirectory { get; init; }
}
