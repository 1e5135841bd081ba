namespace HackathonPlatform.Grading.Release;

/// <summary>Settings of release generation; the defaults are nbgrader's <c>generate_assignment</c> defaults.</summary>
public sealed record ReleaseOptions
{
    /// <summary>nbgrader's defaults.</summary>
    public static ReleaseOptions Default { get; } = new();

    /// <summary>The language's stubs and markers; null to pick from the notebook's metadata.</summary>
    public LanguageProfile? Language { get; init; }

    /// <summary>
    /// The nbgrader metadata <c>schema_version</c> written on tracked cells (3, which nbgrader
    /// releases carry and every nbgrader version reads); null keeps what the source says.
    /// </summary>
    public int? SchemaVersion { get; init; } = 3;

    /// <summary>LockCells: solution cells become undeletable.</summary>
    public bool LockSolutionCells { get; init; } = true;

    /// <summary>LockCells: grade cells become undeletable (and, unless solutions, uneditable).</summary>
    public bool LockGradeCells { get; init; } = true;

    /// <summary>LockCells: read-only cells become undeletable and uneditable.</summary>
    public bool LockReadOnlyCells { get; init; } = true;

    /// <summary>LockCells: every cell becomes undeletable and uneditable.</summary>
    public bool LockAllCells { get; init; }

    /// <summary>
    /// Older nbgrader releases set <c>metadata.max_height</c> on grade cells (LimitTestCellHeights,
    /// 100); null, today's default, leaves it out. Set 100 to reproduce those releases exactly.
    /// </summary>
    public int? TestCellMaxHeight { get; init; }
}
