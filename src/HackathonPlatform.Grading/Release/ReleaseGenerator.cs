using HackathonPlatform.Notebooks;

namespace HackathonPlatform.Grading.Release;

/// <summary>
/// Generates the student version of a source notebook, step by step as nbgrader's
/// <c>generate_assignment</c>: lock cells, clear solutions and outputs, check metadata, compute
/// checksums, snapshot the grading master, clear hidden tests and mark schemes, checksum again
/// (so the student's copy carries checksums of what the student actually sees).
/// </summary>
public static class ReleaseGenerator
{
    private static readonly IReleaseStep[] BeforeSnapshot =
    [
        new LockCellsStep(),
        new ClearSolutionsStep(),
        new ClearOutputStep(),
        new CheckCellMetadataStep(),
        new LimitTestCellHeightsStep(),
        new ComputeChecksumsStep(),
    ];

    private static readonly IReleaseStep[] AfterSnapshot =
    [
        new ClearHiddenTestsStep(),
        new ClearMarkSchemeStep(),
        new ComputeChecksumsStep(),
    ];

    /// <summary>Generates the release; the source notebook is not modified.</summary>
    /// <param name="source">The instructor's notebook.</param>
    /// <param name="options">Settings; nbgrader's defaults when null.</param>
    /// <returns>The student's notebook and the grading master.</returns>
    /// <exception cref="NotebookFormatException">The source is not a valid assignment (the message names the cell).</exception>
    public static ReleaseResult Generate(Notebook source, ReleaseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ReleaseOptions.Default;
        var language = options.Language ?? LanguageProfile.For(source);
        var notebook = source.Clone();
        foreach (var step in BeforeSnapshot)
        {
            step.Apply(notebook, options, language);
        }

        var master = notebook.Clone();
        foreach (var step in AfterSnapshot)
        {
            step.Apply(notebook, options, language);
        }

        return new ReleaseResult(notebook, master);
    }
}
