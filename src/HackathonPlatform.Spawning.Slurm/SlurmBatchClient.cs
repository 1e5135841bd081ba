using System.Globalization;
using HackathonPlatform.Spawning.Flavours;

namespace HackathonPlatform.Spawning.Slurm;

/// <summary>
/// Batch jobs of a group (training runs, parameter sweeps): submit a script with a flavour's
/// resources, list, read state and logs, cancel. Jobs are named <c>{prefix}-{group}</c> so a group's
/// jobs can be found again without a database.
/// </summary>
public sealed class SlurmBatchClient
{
    private readonly SlurmRestClient _slurm;
    private readonly string _prefix;

    /// <summary>Creates a client.</summary>
    /// <param name="http">The HTTP client for slurmrestd.</param>
    /// <param name="options">slurmrestd.</param>
    /// <param name="namePrefix">The job name prefix.</param>
    public SlurmBatchClient(HttpClient http, SlurmRestOptions options, string namePrefix = "hackathon-job")
    {
        _slurm = new SlurmRestClient(http, options);
        _prefix = namePrefix;
    }

    /// <summary>Submits a script with the flavour's partition, account, CPUs, memory, gres and time limit.</summary>
    /// <param name="script">The script text (a <c>#!/bin/bash</c> line is added when missing).</param>
    /// <param name="flavour">The flavour; its <see cref="Flavour.Command"/> runs first.</param>
    /// <param name="group">The group that owns the job.</param>
    /// <param name="workingDirectory">Where it runs and its log goes (<c>job-%j.log</c>).</param>
    /// <param name="environment">Extra variables.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The job id.</returns>
    /// <exception cref="SlurmException">Slurm refused it (the reason is Slurm's) or is unreachable.</exception>
    public Task<long> SubmitAsync(string script, Flavour flavour, string group, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(flavour);
        var body = script.StartsWith("#!", StringComparison.Ordinal) ? script : "#!/bin/bash\n" + script;
        if (flavour.Command is { Length: > 0 } setup)
        {
            var firstLine = body.IndexOf('\n', StringComparison.Ordinal);
            body = body[..(firstLine + 1)] + setup + "\n" + body[(firstLine + 1)..];
        }

        return _slurm.SubmitAsync(new SlurmJobRequest
        {
            Name = JobName(group),
            Script = body,
            WorkingDirectory = Path.GetFullPath(workingDirectory),
            StandardOutput = Path.Combine(Path.GetFullPath(workingDirectory), "job-%j.log"),
            Environment = environment ?? new Dictionary<string, string>(),
            Partition = flavour.Partition,
            Account = flavour.Account,
            Cpus = flavour.WholeCpus,
            MemoryMb = flavour.MemoryMb,
            Gres = flavour.SlurmGres,
            TimeLimit = flavour.TimeLimit,
        }, cancellationToken);
    }

    /// <summary>A group's jobs that Slurm still knows (finished ones for MinJobAge).</summary>
    /// <param name="group">The group.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The jobs, newest first.</returns>
    public async Task<IReadOnlyList<SlurmJobInfo>> ListAsync(string group, CancellationToken cancellationToken = default) =>
        (await _slurm.GetJobsAsync(cancellationToken)).Where(j => j.Name == JobName(group)).OrderByDescending(j => j.JobId).ToList();

    /// <summary>One job, or null when Slurm forgot it.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The job.</returns>
    public Task<SlurmJobInfo?> GetAsync(long jobId, CancellationToken cancellationToken = default) => _slurm.GetJobAsync(jobId, cancellationToken);

    /// <summary>Cancels a job; an ended job is not an error.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task.</returns>
    public Task CancelAsync(long jobId, CancellationToken cancellationToken = default) => _slurm.CancelAsync(jobId, cancellationToken);

    /// <summary>The last part of a job's log (the hub and the node share the file system).</summary>
    /// <param name="job">The job.</param>
    /// <param name="maxBytes">At most this many bytes from the end.</param>
    /// <returns>The text; empty when there is no log yet.</returns>
    public static async Task<string> ReadLogAsync(SlurmJobInfo job, int maxBytes = 64 * 1024)
    {
        ArgumentNullException.ThrowIfNull(job);
        var path = job.StandardOutput.Replace("%j", job.JobId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (!File.Exists(path))
        {
            return "";
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(Math.Max(0, stream.Length - maxBytes), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    private string JobName(string group) => $"{_prefix}-{group}";
}
