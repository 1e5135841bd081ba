using HackathonPlatform.Core;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Grading;
using HackathonPlatform.Notebooks;

namespace HackathonPlatform.Web.Grading;

/// <summary>
/// The one way a notebook enters the hub, for the exercise page's upload form and the API (the
/// notebook page's Submit button): refuses what is not a notebook, then stores it as uploaded.
/// </summary>
public sealed class SubmissionIntake(SubmissionService submissions)
{
    /// <summary>Checks and stores a submission; errors are keyed "Notebook" or "Submissions".</summary>
    public async Task<Outcome<Submission>> SubmitAsync(ExerciseContext context, string submitterId, byte[] notebook, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(notebook);
        if (context.Owner is null)
        {
            return Outcome<Submission>.Invalid("Submissions", context.CannotSubmitReason ?? "You cannot submit this exercise.");
        }

        if (notebook.Length > GradingLimits.MaxNotebookBytes)
        {
            return Outcome<Submission>.Invalid("Notebook", $"The notebook is larger than {GradingLimits.MaxNotebookBytes / (1024 * 1024)} MiB; clear large outputs and submit again.");
        }

        try
        {
            // Refused here rather than graded as "not a notebook": a wrong file should not cost an attempt.
            NotebookReader.Read(notebook, NotebookReadOptions.Default);
        }
        catch (NotebookFormatException ex)
        {
            return Outcome<Submission>.Invalid("Notebook", $"This file is not a Jupyter notebook (.ipynb): {ex.Message}");
        }

        var exercise = context.Exercise;
        return await submissions.SubmitAsync(
            new SubmissionRequest(exercise.Id, context.Hackathon?.Id, context.Owner, submitterId, notebook, exercise.DueAt, exercise.MaxSubmissions), ct);
    }
}
