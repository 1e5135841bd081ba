using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace HackathonPlatform.Spawning.Slurm;

/// <summary>
/// Runs a group's notebook server as a Slurm batch job through slurmrestd: submits the job script,
/// reports the queue position and Slurm's pending reason while the job waits, reads the server's
/// address from the running job, waits for it to answer, and cancels the job on stop. The job id,
/// URL and token are the saved state, so a restarted hub re-attaches without starting twice.
/// </summary>
public sealed partial class SlurmSpawner : ISpawner
{
    /// <summary>The <see cref="SpawnerState.Backend"/> of this spawner.</summary>
    public const string Backend = "slurm";

    private static readonly HttpClient StatusHttp = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly SlurmSpawnerOptions _options;
    private readonly SlurmRestClient _slurm;
    private long? _jobId;
    private int? _lastExitStatus;
    private volatile bool _starting;

    /// <summary>Creates a spawner for one group.</summary>
    /// <param name="http">The HTTP client for slurmrestd (shared).</param>
    /// <param name="options">What to run where.</param>
    public SlurmSpawner(HttpClient http, SlurmSpawnerOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _slurm = new SlurmRestClient(http, options.Rest);
    }

    /// <inheritdoc />
    public ServerEndpoint? Endpoint { get; private set; }

    /// <summary>The Slurm job id while a job exists, else null.</summary>
    public long? JobId => _jobId;

    /// <inheritdoc />
    public async IAsyncEnumerable<SpawnProgress> StartAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_starting || await PollAsync(cancellationToken) is null)
        {
            throw new InvalidOperationException("The server is already running or starting.");
        }

        _starting = true;
        try
        {
            yield return SpawnProgress.Pending($"Submitting the server to Slurm ({_options.Flavour.Name}).");
            var token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
            var submitError = await TrySubmitAsync(token, cancellationToken);
            if (submitError is not null)
            {
                yield return SpawnProgress.Failed(submitError);
                yield break;
            }

            yield return SpawnProgress.Starting($"Slurm job {_jobId} submitted.");
            var queued = Stopwatch.StartNew();
            Stopwatch? running = null;
            string? lastMessage = null;
            var lastReport = TimeSpan.Zero;
            while (true)
            {
                var (job, message) = await ObserveAsync(cancellationToken);
                if (job is null || job.IsFinished)
                {
                    var reason = message ?? $"Slurm job {_jobId} ended ({job?.State ?? "gone"}) before the server answered. {OutputTail()}".Trim();
                    _jobId = null;
                    yield return SpawnProgress.Failed(reason);
                    yield break;
                }

                if (job.IsRunning && await AddressAsync(job) is { } address)
                {
                    var url = new Uri(_options.BasePath.Trim('/') is { Length: > 0 } path ? $"http://{address}/{path}/" : $"http://{address}/");
                    running ??= Stopwatch.StartNew();
                    if (await ServerStatusClient.GetAsync(StatusHttp, new ServerEndpoint(url, token), cancellationToken) is not null)
                    {
                        Endpoint = new ServerEndpoint(url, token);
                        yield return SpawnProgress.Ready(url, job.Placement);
                        yield break;
                    }

                    message = $"Slurm job {job.JobId} runs on {job.BatchHost}; waiting for the server at {address} to answer.";
                }

                if ((running?.Elapsed ?? TimeSpan.Zero) > _options.StartTimeout || (job.IsPending && queued.Elapsed > _options.QueueTimeout))
                {
                    var what = job.IsPending ? $"waited in the queue for {_options.QueueTimeout.TotalMinutes:0} min ({job.Reason})" : $"did not answer within {_options.StartTimeout.TotalSeconds:0} s";
                    await StopAsync(CancellationToken.None);
                    yield return SpawnProgress.Failed($"The server {what}; its Slurm job was cancelled.");
                    yield break;
                }

                // Repeat a message only every few seconds: the page shows the latest line anyway.
                if (message is not null && (message != lastMessage || queued.Elapsed - lastReport > TimeSpan.FromSeconds(5)))
                {
                    (lastMessage, lastReport) = (message, queued.Elapsed);
                    yield return SpawnProgress.Starting(message);
                }

                await Task.Delay(_options.PollInterval, cancellationToken);
            }
        }
        finally
        {
            _starting = false;
            if (Endpoint is null && _jobId is not null)
            {
                // Cancelled or failed: leave no job behind.
                await StopAsync(CancellationToken.None);
            }
        }
    }
}
