namespace HackathonPlatform.Notebooks.Nbgrader;

/// <summary>
/// The delimiters of solution and hidden-test regions. nbgrader's rules are kept: a solution
/// delimiter matches a whole line once trimmed (so it may be indented), a hidden-tests delimiter
/// matches anywhere in a line (so any comment syntax works).
/// </summary>
public sealed record RegionMarkers
{
    /// <summary>
    /// Python's markers, nbgrader's defaults: <c>### BEGIN SOLUTION</c> / <c>### END SOLUTION</c>.
    /// </summary>
    public static RegionMarkers Python { get; } = new();

    /// <summary>
    /// C#'s markers: nbgrader's <c>### BEGIN SOLUTION</c>, and <c>// ### BEGIN SOLUTION</c> too,
    /// because a bare <c>###</c> line does not compile, and the reference solution in the source
    /// notebook has to run.
    /// </summary>
    public static RegionMarkers CSharp { get; } = new()
    {
        BeginSolution = ["### BEGIN SOLUTION", "// ### BEGIN SOLUTION", "//## BEGIN SOLUTION"],
        EndSolution = ["### END SOLUTION", "// ### END SOLUTION", "//## END SOLUTION"],
    };

    /// <summary>Lines (trimmed) that open a solution region.</summary>
    public IReadOnlyList<string> BeginSolution { get; init; } = ["### BEGIN SOLUTION"];

    /// <summary>Lines (trimmed) that close a solution region.</summary>
    public IReadOnlyList<string> EndSolution { get; init; } = ["### END SOLUTION"];

    /// <summary>Text that, anywhere in a line, opens a hidden-tests region.</summary>
    public string BeginHiddenTests { get; init; } = "BEGIN HIDDEN TESTS";

    /// <summary>Text that, anywhere in a line, closes a hidden-tests region.</summary>
    public string EndHiddenTests { get; init; } = "END HIDDEN TESTS";

    /// <summary>Text that, anywhere in a line, opens a mark-scheme region of a task cell.</summary>
    public string BeginMarkScheme { get; init; } = "BEGIN MARK SCHEME";

    /// <summary>Text that, anywhere in a line, closes a mark-scheme region.</summary>
    public string EndMarkScheme { get; init; } = "END MARK SCHEME";
}
