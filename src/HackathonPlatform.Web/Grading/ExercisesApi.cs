using System.Text;
using HackathonPlatform.Core.Grading;
using HackathonPlatform.Grading.Exercises;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Web.Api;
using HackathonPlatform.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HackathonPlatform.Web.Grading;

/// <summary>
/// /api/exercises: the participant's side of graded exercises (the notebook page's Submit button posts
/// here), plus the tutors' gradebook CSVs (per hackathon and per course). Errors are RFC 9457 ProblemDetails.
/// </summary>
internal static class ExercisesApi
{
    public static void MapExercisesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/exercises").WithTags("Exercises").RequireAuthorization();
        group.MapGet("/", ListAsync).WithName("ListExercises").WithSummary("Exercises of my hackathons and courses");
        group.MapGet("/{exerciseId}", GetAsync).WithName("GetExercise");
        group.MapGet("/{exerciseId}/notebook", DownloadAsync).WithName("DownloadExerciseNotebook").WithSummary("The student notebook (release)");
        group.MapPost("/{exerciseId}/workspace", CopyToWorkspaceAsync).WithName("PutExerciseIntoWorkspace");
        group.MapPost("/{exerciseId}/submissions", SubmitAsync).WithName("SubmitExercise").WithSummary("Upload a notebook (multipart field 'notebook')");
        group.MapGet("/{exerciseId}/submissions", MySubmissionsAsync).WithName("ListMySubmissions");
        group.MapGet("/{exerciseId}/submissions/{submissionId:int}", MySubmissionAsync).WithName("GetMySubmission");
        group.MapGet("/{exerciseId}/submissions/{submissionId:int}/feedback", FeedbackAsync).WithName("GetSubmissionFeedback").WithSummary("The feedback page, once released");
        group.MapGet("/{exerciseId}/leaderboard", LeaderboardAsync).WithName("GetLeaderboard");
        api.MapGet("/hackathons/{id:int}/gradebook.csv", GradebookCsvAsync).RequireAuthorization(HubPolicies.HackathonStaff)
            .WithTags("Grading").WithName("ExportGradebook");
        api.MapGet("/courses/{course}/gradebook.csv", CourseGradebookCsvAsync).RequireAuthorization(p => p.RequireRole(CourseStaff.RoleNames))
            .WithTags("Grading").WithName("ExportCourseGradebook").WithSummary("A course's gradebook (self-learners' submissions); course staff: admins, organisers, tutors");
    }

    private static async Task<Ok<List<ExerciseDto>>> ListAsync(HttpContext http, ExerciseAccess access, ExercisePresenter presenter, CancellationToken ct)
    {
        var list = new List<ExerciseDto>();
        foreach (var context in await access.ListAsync(http.User, ct))
        {
            list.Add(await presenter.DtoAsync(context, ct));
        }

        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<ExerciseDto>, NotFound, ForbidHttpResult>> GetAsync(string exerciseId, HttpContext http, ExerciseAccess access, ExercisePresenter presenter, CancellationToken ct) =>
        await ResolveAsync(exerciseId, http, access, ct) switch
        {
            (null, _) => TypedResults.NotFound(),
            (_, null) => TypedResults.Forbid(),
            (_, { } context) => TypedResults.Ok(await presenter.DtoAsync(context, ct)),
        };

    private static async Task<Results<FileContentHttpResult, NotFound, ForbidHttpResult>> DownloadAsync(string exerciseId, HttpContext http, ExerciseAccess access, CancellationToken ct) =>
        await ResolveAsync(exerciseId, http, access, ct) switch
        {
            (null, _) => TypedResults.NotFound(),
            (_, null) => TypedResults.Forbid(),
            (var exercise, _) => TypedResults.File(Encoding.UTF8.GetBytes(NotebookWriter.Write(exercise.Release.Student)), "application/x-ipynb+json", exercise.NotebookFileName),
        };

    private static async Task<Results<Ok<WorkspaceCopyDto>, NotFound, ForbidHttpResult, ValidationProblem>> CopyToWorkspaceAsync(string exerciseId, HttpContext http, ExerciseAccess access, ExercisePresenter presenter, CancellationToken ct)
    {
        var (exercise, context) = await ResolveAsync(exerciseId, http, access, ct);
        if (exercise is null)
        {
            return TypedResults.NotFound();
        }

        if (context is null)
        {
            return TypedResults.Forbid();
        }

        var copy = await presenter.CopyToWorkspaceAsync(context, ct);
        return copy is null ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Workspace"] = [context.CannotSubmitReason ?? "No workspace."] }) : TypedResults.Ok(copy);
    }

    private static async Task<Results<Created<SubmissionDto>, NotFound, ForbidHttpResult, ValidationProblem>> SubmitAsync(string exerciseId, HttpContext http, ExerciseAccess access, SubmissionIntake intake, CancellationToken ct)
    {
        var (exercise, context) = await ResolveAsync(exerciseId, http, access, ct);
        if (exercise is null)
        {
            return TypedResults.NotFound();
        }

        if (context is null)
        {
            return TypedResults.Forbid();
        }

        var file = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(ct)).Files.GetFile("notebook") : null;
        if (file is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Notebook"] = ["Send the notebook as multipart/form-data in the field 'notebook'."] });
        }

        var bytes = await UploadReader.ReadAsync(file, ct);
        var outcome = bytes is null
            ? Core.Outcome<Core.Entities.Submission>.Invalid("Notebook", $"The notebook is larger than {GradingLimits.MaxNotebookBytes / (1024 * 1024)} MiB.")
            : await intake.SubmitAsync(context, http.UserId(), bytes, ct);
        if (!outcome.Succeeded)
        {
            return TypedResults.ValidationProblem(outcome.Errors.ToDictionary(e => e.Key, e => e.Value));
        }

        var s = outcome.Value!;
        var dto = new SubmissionDto(s.Id, s.Attempt, s.SubmittedAt, s.IsLate, s.Sha256, "queued", null, null, false, null, null, null, [], []);
        return TypedResults.Created($"/api/exercises/{exercise.Id}/submissions/{s.Id}", dto);
    }

    private static async Task<Results<Ok<List<SubmissionDto>>, NotFound, ForbidHttpResult>> MySubmissionsAsync(string exerciseId, HttpContext http, ExerciseAccess access, ExercisePresenter presenter, CancellationToken ct) =>
        await ResolveAsync(exerciseId, http, access, ct) switch
        {
            (null, _) => TypedResults.NotFound(),
            (_, null) => TypedResults.Forbid(),
            (_, { } context) => TypedResults.Ok(await presenter.MySubmissionsAsync(context, ct)),
        };

    private static async Task<Results<Ok<SubmissionDto>, NotFound, ForbidHttpResult>> MySubmissionAsync(string exerciseId, int submissionId, HttpContext http, ExerciseAccess access, ExercisePresenter presenter, CancellationToken ct)
    {
        var (exercise, context) = await ResolveAsync(exerciseId, http, access, ct);
        if (exercise is null)
        {
            return TypedResults.NotFound();
        }

        return context is null ? TypedResults.Forbid()
            : (await presenter.MySubmissionsAsync(context, ct)).FirstOrDefault(s => s.Id == submissionId) is { } dto ? TypedResults.Ok(dto)
            : TypedResults.NotFound();
    }

    private static async Task<Results<ContentHttpResult, NotFound, ForbidHttpResult>> FeedbackAsync(string exerciseId, int submissionId, HttpContext http, ExerciseAccess access, ExercisePresenter presenter, CancellationToken ct)
    {
        var (exercise, context) = await ResolveAsync(exerciseId, http, access, ct);
        if (exercise is null)
        {
            return TypedResults.NotFound();
        }

        if (context is null)
        {
            return TypedResults.Forbid();
        }

        var html = await presenter.ReleasedFeedbackAsync(context, submissionId, ct);
        if (html is null)
        {
            return TypedResults.NotFound();
        }

        // The page is escaped by the renderer; the sandbox makes sure nothing in it could ever run.
        http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'";
        return TypedResults.Content(html, "text/html", Encoding.UTF8);
    }

    private static async Task<Results<Ok<List<LeaderboardRowDto>>, NotFound, ForbidHttpResult>> LeaderboardAsync(string exerciseId, HttpContext http, ExerciseAccess access, ExercisePresenter presenter, CancellationToken ct)
    {
        var (exercise, context) = await ResolveAsync(exerciseId, http, access, ct);
        if (exercise is null || !exercise.Leaderboard)
        {
            return TypedResults.NotFound();
        }

        return context?.Hackathon is null ? TypedResults.Forbid() : TypedResults.Ok(await presenter.LeaderboardAsync(context, ct));
    }

    private static async Task<FileContentHttpResult> GradebookCsvAsync(int id, Gradebook gradebook, CancellationToken ct) =>
        TypedResults.File(Encoding.UTF8.GetBytes(await gradebook.CsvAsync(id, ct)), "text/csv", $"gradebook-{id}.csv");

    private static async Task<Results<FileContentHttpResult, NotFound>> CourseGradebookCsvAsync(string course, CourseGradebook gradebook, CancellationToken ct) =>
        await gradebook.CsvAsync(course, ct) is { } csv ? TypedResults.File(Encoding.UTF8.GetBytes(csv), "text/csv", $"gradebook-{course}.csv") : TypedResults.NotFound();

    private static async Task<(Exercise? Exercise, ExerciseContext? Context)> ResolveAsync(string exerciseId, HttpContext http, ExerciseAccess access, CancellationToken ct)
    {
        var exercise = access.Catalog.Find(exerciseId);
        return exercise is null ? (null, null) : (exercise, await access.ResolveAsync(http.User, exercise, ct));
    }
}
