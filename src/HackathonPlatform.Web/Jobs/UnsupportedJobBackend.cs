namespace HackathonPlatform.Web.Jobs;

/// <summary>A server backend without batch jobs (Kubernetes, for now): submissions are refused with the reason.</summary>
internal sealed class UnsupportedJobBackend(string backend) : IBatchJobBackend
{
    public string Name => backend;

    public Task<JobHandle> SubmitAsync(JobSubmission submission, CancellationToken cancellationToken) =>
        throw new JobBackendException($"Batch jobs are not available with Servers:Backend = {backend}; they run on the local and the slurm backends.");

    public Task<JobObservation?> ObserveAsync(Core.Entities.BatchJob job, CancellationToken cancellationToken) => Task.FromResult<JobObservation?>(null);

    public Task CancelAsync(Core.Entities.BatchJob job, CancellationToken cancellationToken) => Task.CompletedTask;
}
