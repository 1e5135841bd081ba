using HackathonPlatform.Grading.Release;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Sanitizing;

/// <summary>
/// Makes a submission safe to grade, nbgrader's sanitize phase (ClearOutput, DeduplicateIds,
/// OverwriteKernelspec, OverwriteCells) made robust: cells are matched by grade_id, locked and
/// test cells are restored from the grading master (re-adding hidden tests), and deleted,
/// duplicated, moved, retyped and tampered cells are repaired or reported as flags. Nothing a
/// student does to the notebook makes this throw.
/// </summary>
public static class SubmissionSanitizer
{
    /// <summary>Reads and sanitizes a submission given as the file's text.</summary>
    /// <param name="release">The release of the exercise's source notebook.</param>
    /// <param name="submissionJson">The submitted .ipynb text.</param>
    /// <param name="readOptions">Reading limits; defaults when null.</param>
    /// <returns>The sanitized notebook and flags, or an error when the text is not a notebook.</returns>
    public static SanitizeResult Sanitize(ReleaseResult release, string submissionJson, NotebookReadOptions? readOptions = null)
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(submissionJson);
        Notebook submission;
        try
        {
            submission = NotebookReader.Read(submissionJson, readOptions);
        }
        catch (NotebookFormatException ex)
        {
            var message = $"The submission is not a readable notebook: {ex.Message}";
            return new SanitizeResult(null, [new GradingFlag(GradingFlagKind.NotANotebook, null, message)], message);
        }

        return Sanitize(release, submission);
    }

    /// <summary>Sanitizes a parsed submission; the submission itself is not modified.</summary>
    /// <param name="release">The release of the exercise's source notebook.</param>
    /// <param name="submission">The student's notebook.</param>
    /// <returns>The sanitized notebook and flags.</returns>
    public static SanitizeResult Sanitize(ReleaseResult release, Notebook submission)
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(submission);
        var notebook = submission.Clone();
        var flags = new List<GradingFlag>();
        ClearOutputStep.Clear(notebook);
        var cells = new CellRestorer(release, flags).Restore(notebook.Cells);
        notebook.Cells.Clear();
        foreach (var cell in cells)
        {
            notebook.Cells.Add(cell);
        }

        OverwriteKernelspec(release.GradingMaster, notebook, flags);
        if (notebook.NbFormatMinor >= 5)
        {
            CellIds.EnsureValidAndUnique(notebook);
        }

        return new SanitizeResult(notebook, flags, null);
    }

    private static void OverwriteKernelspec(Notebook master, Notebook notebook, List<GradingFlag> flags)
    {
        foreach (var key in new[] { "kernelspec", "language_info" })
        {
            var expected = master.Metadata[key];
            if (!System.Text.Json.Nodes.JsonNode.DeepEquals(expected, notebook.Metadata[key]) && (expected is not null || notebook.Metadata.ContainsKey(key)))
            {
                if (key == "kernelspec")
                {
                    flags.Add(new GradingFlag(GradingFlagKind.KernelspecChanged, null, "The notebook's kernelspec differed from the exercise's and was reset."));
                }

                if (expected is null)
                {
                    notebook.Metadata.Remove(key);
                }
                else
                {
                    notebook.Metadata[key] = expected.DeepClone();
                }
            }
        }
    }
}
