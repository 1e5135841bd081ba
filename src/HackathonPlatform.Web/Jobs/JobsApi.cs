using HackathonPlatform.Core.Workspaces;
using HackathonPlatform.Web.Api;
using HackathonPlatform.Web.Servers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HackathonPlatform.Web.Jobs;

/// <summary>
/// /api/groups/{groupId}/jobs: a group's batch jobs for its members, its hackathon's tutors and organisers
/// (and administrators): list, submit, one job, the end of its output, cancel.
/// </summary>
internal static class JobsApi
{
    public static void MapJobsApi(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/groups/{groupId:int}/jobs").WithTags("Jobs").RequireAuthorization();
        jobs.MapGet("/", ListAsync).WithName("ListJobs").WithSummary("The group's jobs, newest first.");
        jobs.MapPost("/", SubmitAsync).WithName("SubmitJob").WithSummary("Submit a script with a flavour; refused beyond the GPU quota.");
        jobs.MapGet("/{jobId:int}", GetAsync).WithName("GetJob");
        jobs.MapGet("/{jobId:int}/log", LogAsync).WithName("GetJobLog").WithSummary("The end of the job's output, as text.");
        jobs.MapPost("/{jobId:int}/cancel", CancelAsync).WithName("CancelJob");
    }

    private static async Task<Results<Ok<List<JobView>>, ForbidHttpResult>> ListAsync(int groupId, HttpContext http, ServerAccess access, BatchJobService jobs, TimeProvider clock, CancellationToken ct)
    {
        if (!await MayAsync(http, access, groupId, ct))
        {
            return TypedResults.Forbid();
        }

        var now = clock.GetUtcNow();
        return TypedResults.Ok((await jobs.ListAsync(groupId, ct)).Select(j => JobView.From(j, now)).ToList());
    }

    private static async Task<Results<Ok<JobView>, NotFound, ValidationProblem, ForbidHttpResult>> SubmitAsync(
        int groupId, JobRequest request, HttpContext http, ServerAccess access, BatchJobService jobs, TimeProvider clock, CancellationToken ct)
    {
        if (!await MayAsync(http, access, groupId, ct))
        {
            return TypedResults.Forbid();
        }

        return Answer(await jobs.SubmitAsync(groupId, http.UserId(), request, ct), clock);
    }

    private static async Task<Results<Ok<JobView>, NotFound, ForbidHttpResult>> GetAsync(int groupId, int jobId, HttpContext http, ServerAccess access, BatchJobService jobs, TimeProvider clock, CancellationToken ct)
    {
        if (!await MayAsync(http, access, groupId, ct))
        {
            return TypedResults.Forbid();
        }

        return await jobs.FindAsync(groupId, jobId, ct) is { } job ? TypedResults.Ok(JobView.From(job, clock.GetUtcNow())) : TypedResults.NotFound();
    }

    private static async Task<Results<ContentHttpResult, NotFound, ForbidHttpResult>> LogAsync(int groupId, int jobId, HttpContext http, ServerAccess access, BatchJobService jobs, CancellationToken ct)
    {
        if (!await MayAsync(http, access, groupId, ct))
        {
            return TypedResults.Forbid();
        }

        return await jobs.FindAsync(groupId, jobId, ct) is { } job ? TypedResults.Text(await jobs.LogTailAsync(job, ct), "text/plain; charset=utf-8") : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<JobView>, NotFound, ValidationProblem, ForbidHttpResult>> CancelAsync(
        int groupId, int jobId, HttpContext http, ServerAccess access, BatchJobService jobs, TimeProvider clock, CancellationToken ct)
    {
        if (!await MayAsync(http, access, groupId, ct))
        {
            return TypedResults.Forbid();
        }

        return Answer(await jobs.CancelAsync(groupId, jobId, ct), clock);
    }

    private static Results<Ok<JobView>, NotFound, ValidationProblem, ForbidHttpResult> Answer(Core.Outcome<Core.Entities.BatchJob> outcome, TimeProvider clock) =>
        outcome.IsNotFound ? TypedResults.NotFound()
        : !outcome.Succeeded ? TypedResults.ValidationProblem(outcome.Errors.ToDictionary(e => e.Key, e => e.Value))
        : TypedResults.Ok(JobView.From(outcome.Value!, clock.GetUtcNow()));

    // The same people as the group's server: members, the hackathon's tutors and organisers, administrators.
    private static Task<bool> MayAsync(HttpContext http, ServerAccess access, int groupId, CancellationToken ct) =>
        access.MayOpenAsync(http.User, WorkspaceOwner.ForGroup(groupId), ct);
}
