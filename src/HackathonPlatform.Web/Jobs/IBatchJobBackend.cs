using HackathonPlatform.Core.Entities;

namespace HackathonPlatform.Web.Jobs;

/// <summary>
/// Where batch jobs run: Slurm (through slurmrestd) or local sandboxed processes. Every method takes what the hub
/// saved (<see cref="BatchJob.BackendJobId"/>), so a restarted hub carries on with the jobs it submitted before.
/// </summary>
public interface IBatchJobBackend
{
    /// <summary>The value of <see cref="BatchJob.Backend"/> for jobs it runs ("local", "slurm").</summary>
    string Name { get; }

    /// <summary>Starts (or queues) a job.</summary>
    /// <param name="submission">What to run.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>How to find it again.</returns>
    /// <exception cref="JobBackendException">The backend refused it or cannot be reached; the message says why.</exception>
    Task<JobHandle> SubmitAsync(JobSubmission submission, CancellationToken cancellationToken);

    /// <summary>The job's state now; null when the backend no longer knows it.</summary>
    /// <param name="job">The saved job.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="JobBackendException">The backend cannot be reached.</exception>
    Task<JobObservation?> ObserveAsync(BatchJob job, CancellationToken cancellationToken);

    /// <summary>Cancels the job; one that has ended already is not an error.</summary>
    /// <param name="job">The saved job.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task.</returns>
    /// <exception cref="JobBackendException">The backend cannot be reached.</exception>
    Task CancelAsync(BatchJob job, CancellationToken cancellationToken);
}
