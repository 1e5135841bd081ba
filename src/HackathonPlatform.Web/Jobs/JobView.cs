using HackathonPlatform.Core.Entities;

namespace HackathonPlatform.Web.Jobs;

/// <summary>A job as the API and the pages show it.</summary>
/// <param name="Id">The hub's id.</param>
/// <param name="GroupId">The owning group.</param>
/// <param name="Name">Its name.</param>
/// <param name="Backend">"local" or "slurm".</param>
/// <param name="BackendJobId">The backend's id (Slurm's job id), once submitted.</param>
/// <param name="State">Pending, Running, Completed, Failed or Cancelled.</param>
/// <param name="Reason">Why it waits (Slurm's reason) or how it ended.</param>
/// <param name="Flavour">The flavour.</param>
/// <param name="GpuCount">GPUs it asked for.</param>
/// <param name="SubmittedAt">When the hub accepted it.</param>
/// <param name="StartedAt">When its script started.</param>
/// <param name="EndedAt">When it ended.</param>
/// <param name="ExitCode">The script's exit code, when known.</param>
/// <param name="GpuHours">GPUs × run time so far, in hours.</param>
public sealed record JobView(
    int Id, int GroupId, string Name, string Backend, string? BackendJobId, BatchJobState State, string Reason, string Flavour, int GpuCount,
    DateTimeOffset SubmittedAt, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, int? ExitCode, double GpuHours)
{
    /// <summary>The view of a saved job at <paramref name="now"/>.</summary>
    public static JobView From(BatchJob job, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(job);
        var hours = job.StartedAt is { } start ? job.GpuCount * Math.Max(0, ((job.EndedAt ?? now) - start).TotalHours) : 0;
        return new JobView(job.Id, job.GroupId, job.Name, job.Backend, job.BackendJobId, job.State, job.Reason, job.Flavour, job.GpuCount,
            job.SubmittedAt, job.StartedAt, job.EndedAt, job.ExitCode, hours);
    }
}
