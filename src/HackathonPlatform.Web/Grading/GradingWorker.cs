using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Grading;
using HackathonPlatform.Grading.Execution;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Grading;

/// <summary>
/// Grades queued submissions in the background: each of <see cref="GradingHubOptions.Workers"/> loops
/// claims a job with a lease, renews the lease while grading, and stores the result. A hub that is
/// killed mid-run leaves the lease to expire; the job is then retried (here or by another hub).
/// </summary>
public sealed partial class GradingWorker(IServiceProvider services, IOptions<GradingHubOptions> options, ILogger<GradingWorker> logger) : BackgroundService
{
    private readonly GradingHubOptions settings = options.Value;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.Workers <= 0)
        {
            return;
        }

        if (services.GetService<INotebookExecutor>() is null)
        {
            LogNoExecutor(logger);
            return;
        }

        var prefix = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..6]}";
        await Task.WhenAll(Enumerable.Range(0, settings.Workers).Select(i => Task.Run(() => LoopAsync($"{prefix}/{i}", stoppingToken), stoppingToken)));
    }

    private async Task LoopAsync(string worker, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await RunOneAsync(worker, stoppingToken))
                {
                    await Task.Delay(settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Shutting down: an unfinished job keeps its lease until it expires, then is retried.
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly unavailable; the loop must outlive it.
                LogLoopError(logger, ex, worker);
                await Task.Delay(settings.PollInterval * 5, stoppingToken);
            }
        }
    }

    /// <summary>Claims and grades one job; false when the queue was empty.</summary>
    private async Task<bool> RunOneAsync(string worker, CancellationToken stoppingToken)
    {
        await using var scope = services.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<GradingJobStore>();
        if (await jobs.ClaimAsync(worker, settings.LeaseDuration, stoppingToken) is not { Submission: { } submission } job)
        {
            return false;
        }

        using var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var heartbeat = RenewWhileRunningAsync(job, worker, lost);
        try
        {
            var record = await scope.ServiceProvider.GetRequiredService<GradingRunner>().GradeAsync(submission, lost.Token);
            var stored = await jobs.CompleteAsync(job.Id, worker, record, stoppingToken);
            LogGraded(logger, submission.Id, record.AutoScore, record.MaxScore, stored);
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            LogLeaseLost(logger, submission.Id, worker);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogGradingFailed(logger, ex, submission.Id);
            await jobs.FailAsync(job.Id, worker, ex.Message, stoppingToken);
        }
        finally
        {
            await lost.CancelAsync();
            await heartbeat;
        }

        return true;
    }

    private async Task RenewWhileRunningAsync(GradingJob job, string worker, CancellationTokenSource lost)
    {
        try
        {
            while (true)
            {
                await Task.Delay(settings.LeaseDuration / 3, lost.Token);
                await using var scope = services.CreateAsyncScope();
                if (!await scope.ServiceProvider.GetRequiredService<GradingJobStore>().RenewAsync(job.Id, worker, settings.LeaseDuration, lost.Token))
                {
                    // Requeued for a regrade, or taken over after an expiry: stop, the result would be discarded.
                    await lost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Grading finished (or the hub stops).
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No notebook executor is configured: submissions are stored and queued, and will be graded once the hub runs with one (Grading:Workers > 0 and the kernel executor)")]
    private static partial void LogNoExecutor(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Grading worker {Worker} hit an error; retrying shortly")]
    private static partial void LogLoopError(ILogger logger, Exception exception, string worker);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graded submission {SubmissionId}: {Score}/{Max} (stored: {Stored})")]
    private static partial void LogGraded(ILogger logger, int submissionId, double score, double max, bool stored);

    [LoggerMessage(Level = LogLevel.Information, Message = "Submission {SubmissionId}: worker {Worker} lost its lease (requeued or taken over); result discarded")]
    private static partial void LogLeaseLost(ILogger logger, int submissionId, string worker);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grading submission {SubmissionId} failed; it is retried up to the attempt limit")]
    private static partial void LogGradingFailed(ILogger logger, Exception exception, int submissionId);
}
