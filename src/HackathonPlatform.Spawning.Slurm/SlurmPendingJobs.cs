namespace HackathonPlatform.Spawning.Slurm;

/// <summary>Queue facts for the progress page: what users miss most while they wait (kubespawner#922).</summary>
public static class SlurmPendingJobs
{
    /// <summary>
    /// The job's place among the pending jobs of its partition, in Slurm's order (priority, then
    /// submission): 1 means it is next. Null when the job is not pending or not in the list.
    /// </summary>
    /// <param name="jobs">Every job the controller knows.</param>
    /// <param name="jobId">The job.</param>
    /// <returns>The 1-based position, or null.</returns>
    public static int? Position(IReadOnlyList<SlurmJobInfo> jobs, long jobId)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var job = jobs.FirstOrDefault(j => j.JobId == jobId);
        if (job is not { IsPending: true })
        {
            return null;
        }

        return 1 + jobs.Count(j => j.IsPending && j.JobId != jobId && j.Partition == job.Partition
            && (j.Priority > job.Priority || (j.Priority == job.Priority && j.JobId < job.JobId)));
    }

    /// <summary>A sentence about a waiting job: its id, position and Slurm's reason in plain words.</summary>
    /// <param name="job">The job.</param>
    /// <param name="position">From <see cref="Position"/>.</param>
    /// <returns>The sentence.</returns>
    public static string Describe(SlurmJobInfo job, int? position)
    {
        ArgumentNullException.ThrowIfNull(job);
        var where = position is { } p ? $", position {p} in partition {job.Partition}" : "";
        var reason = job.Reason switch
        {
            "Resources" => "Resources (waiting for free CPUs, memory or GPUs)",
            "Priority" => "Priority (jobs with higher priority go first)",
            "None" or "" => "being scheduled",
            var other => other,
        };
        return $"Slurm job {job.JobId} is queued{where}: {reason}.";
    }
}
