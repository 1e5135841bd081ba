namespace HackathonPlatform.Notebooks;

/// <summary>Limits applied when reading a notebook, so that a hostile file cannot exhaust memory.</summary>
public sealed record NotebookReadOptions
{
    /// <summary>The defaults: 100 MiB, JSON nesting depth 256.</summary>
    public static NotebookReadOptions Default { get; } = new();

    /// <summary>The largest file accepted, in bytes (UTF-8). Larger input is refused before parsing.</summary>
    public long MaxBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>The deepest JSON nesting accepted.</summary>
    public int MaxDepth { get; init; } = 256;
}
