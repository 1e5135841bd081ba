using System.Globalization;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Spawning.Slurm;
using HackathonPlatform.Web.Servers;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Jobs;

/// <summary>
/// <c>Servers:Backend = slurm</c>: jobs go to Slurm through slurmrestd (<c>Servers:Slurm:Rest</c>), with the
/// flavour's partition, account, CPUs, memory, gres and time limit; Slurm sets CUDA_VISIBLE_DEVICES for GPU jobs.
/// The job's folder must be on a file system the nodes share (<c>Servers:Slurm:WorkspaceRoot</c> when they mount it elsewhere).
/// </summary>
internal sealed class SlurmBatchJobBackend(IOptions<SlurmBackendOptions> slurm, IHttpClientFactory http) : IBatchJobBackend
{
    public string Name => ServerBackends.Slurm;

    public async Task<JobHandle> SubmitAsync(JobSubmission submission, CancellationToken cancellationToken)
    {
        var onNodes = NodePath(submission.WorkingDirectory, submission.Workspace);
        var environment = new Dictionary<string, string>(slurm.Value.Environment);
        foreach (var (key, value) in submission.Environment)
        {
            environment[key] = value;
        }

        environment["HACKATHON_WORKSPACE"] = NodePath(submission.Workspace, submission.Workspace);
        var id = await Guard(() => Client().SubmitAsync(submission.Script, submission.Flavour, submission.OwnerKey, onNodes, environment, cancellationToken));
        // SlurmBatchClient names the output job-%j.log in the working directory; the hub reads it through its own path.
        var log = Path.Combine(submission.WorkingDirectory, $"job-{id.ToString(CultureInfo.InvariantCulture)}.log");
        return new JobHandle(id.ToString(CultureInfo.InvariantCulture), log);
    }

    public async Task<JobObservation?> ObserveAsync(BatchJob job, CancellationToken cancellationToken)
    {
        var info = await Guard(() => Client().GetAsync(SlurmId(job), cancellationToken));
        return info is null ? null : Observe(info);
    }

    public Task CancelAsync(BatchJob job, CancellationToken cancellationToken) => Guard(async () =>
    {
        await Client().CancelAsync(SlurmId(job), cancellationToken);
        return true;
    });

    /// <summary>Slurm's view in the hub's words; the start time of a pending job is only Slurm's estimate and is dropped.</summary>
    internal static JobObservation Observe(SlurmJobInfo info)
    {
        if (info.IsPending)
        {
            var why = info.Reason is "" or "None" ? "Queued." : $"Queued: {info.Reason}.";
            return new JobObservation(BatchJobState.Pending, why, null, null, null);
        }

        if (info.IsRunning)
        {
            return new JobObservation(BatchJobState.Running, info.BatchHost is { Length: > 0 } host ? $"On {host}." : "", info.StartTime, null, null);
        }

        var state = info.State switch
        {
            "COMPLETED" => BatchJobState.Completed,
            "CANCELLED" => BatchJobState.Cancelled,
            _ => BatchJobState.Failed,
        };
        // A job cancelled in the queue never ran: Slurm then reports start = end, which counts as no usage.
        var ran = info.StartTime is { } start && info.EndTime is { } end && end > start;
        return new JobObservation(state, info.State, ran ? info.StartTime : null, info.EndTime, info.ExitCode);
    }

    private SlurmBatchClient Client()
    {
        var rest = slurm.Value.Rest ?? throw new JobBackendException("Servers:Backend is slurm but Servers:Slurm:Rest (BaseUrl, UserName, Token) is not configured.");
        return new SlurmBatchClient(http.CreateClient("slurm"), rest);
    }

    private string NodePath(string path, string workspace)
    {
        if (string.IsNullOrEmpty(slurm.Value.WorkspaceRoot))
        {
            return path;
        }

        // The nodes mount the workspaces elsewhere: keep the path below the workspaces' root, change the root.
        var hubRoot = Path.GetDirectoryName(Path.GetFullPath(workspace).TrimEnd('/'))!;
        return Path.Combine(slurm.Value.WorkspaceRoot, Path.GetRelativePath(hubRoot, path));
    }

    private static long SlurmId(BatchJob job) =>
        long.TryParse(job.BackendJobId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : throw new JobBackendException($"Job {job.Id} has no Slurm job id.");

    private static async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (SlurmException ex)
        {
            throw new JobBackendException(ex.Message, ex);
        }
    }
}
