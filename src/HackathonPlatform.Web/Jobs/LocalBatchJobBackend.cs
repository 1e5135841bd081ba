using System.Globalization;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Notebooks.Kernels;
using HackathonPlatform.Spawning.Flavours;
using HackathonPlatform.Web.Servers;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Jobs;

/// <summary>
/// <c>Servers:Backend = local</c>, for the demo and tests: a job is its script run by bash on the hub's machine in the
/// kernels' sandbox (<see cref="SandboxedCommand"/>: bubblewrap with only its folder writable and its group's workspace
/// readable, no network, the flavour's memory and CPU time as limits, a dropped uid when the hub is root). GPUs are not
/// assigned here; the flavour's GPU count is only accounted. The script runs detached (own session, output to a file,
/// exit status to a file) so that it outlives a hub restart and is found again by its pid and start time.
/// </summary>
internal sealed class LocalBatchJobBackend(IOptions<ServerOptions> servers, IOptions<BatchJobOptions> options, ServerFlavours flavours) : IBatchJobBackend
{
    private const string LogFile = "job.log";
    private const string StatusFile = ".exit-status";

    // sh writes the exit status only once the script has ended; a job killed by a cancel leaves none.
    private const string Wrapper = "log=$1; status=$2; shift 2; \"$@\" </dev/null >>\"$log\" 2>&1; echo $? >\"$status.tmp\" && mv \"$status.tmp\" \"$status\"";

    public string Name => ServerBackends.Local;

    public Task<JobHandle> SubmitAsync(JobSubmission submission, CancellationToken cancellationToken)
    {
        var folder = submission.WorkingDirectory;
        var sandbox = new KernelProcessOptions
        {
            HostPath = KernelSandbox.FindTool("bash") ?? "/bin/bash",
            WorkingDirectory = folder,
            Limits = LimitsOf(submission.Flavour),
            Sandbox = servers.Value.Sandbox.Trim().ToLowerInvariant() switch { "bubblewrap" => SandboxMode.Required, "none" => SandboxMode.Off, _ => SandboxMode.Auto },
            ReadOnlyPaths = [submission.Workspace, .. options.Value.ReadOnlyPaths, .. ProgramFolders(submission.Environment)],
            Environment = submission.Environment,
        };
        KernelIsolation isolation;
        try
        {
            isolation = KernelProcess.PlanIsolation(sandbox);
        }
        catch (KernelStartException ex)
        {
            throw new JobBackendException(ex.Message, ex);
        }

        var home = Directory.CreateDirectory(Path.Combine(folder, ".home")).FullName;
        if (isolation.UserId is not null && !OperatingSystem.IsWindows())
        {
            // The script runs as another uid than the hub's: let it write its own folder (and nothing else).
            foreach (var dir in new[] { folder, home })
            {
                File.SetUnixFileMode(dir, (UnixFileMode)0b111_111_111);
            }
        }

        var inner = SandboxedCommand.Create(sandbox, [submission.ScriptPath], isolation, home);
        var process = LocalJobProcess.Start(inner, Wrapper, [Path.Combine(folder, LogFile), Path.Combine(folder, StatusFile)]);
        return Task.FromResult(new JobHandle(process.Id, Path.Combine(folder, LogFile)));
    }

    public Task<JobObservation?> ObserveAsync(BatchJob job, CancellationToken cancellationToken)
    {
        var process = LocalJobProcess.Parse(job.BackendJobId);
        var folder = job.WorkingDirectory;
        var cancelled = Marker(folder, "cancelled");
        var timedOut = Marker(folder, "timeout");
        var status = Path.Combine(folder, StatusFile);
        if (File.Exists(status))
        {
            var code = int.TryParse(File.ReadAllText(status).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? c : -1;
            var ended = (DateTimeOffset)File.GetLastWriteTimeUtc(status);
            var (state, reason) = cancelled is not null ? (BatchJobState.Cancelled, "Cancelled.")
                : timedOut is not null ? (BatchJobState.Failed, "TIMEOUT")
                : code == 0 ? (BatchJobState.Completed, "")
                : (BatchJobState.Failed, $"Exit code {code}.");
            return Observed(new JobObservation(state, reason, process.StartedAt, ended, code));
        }

        if (process.IsAlive())
        {
            var limit = flavours.Named(job.Flavour).TimeLimit ?? TimeSpan.FromMinutes(options.Value.LocalTimeLimitMinutes);
            if (DateTimeOffset.UtcNow - process.StartedAt > limit)
            {
                File.WriteAllText(Path.Combine(folder, ".timeout"), "");
                process.Kill();
            }

            return Observed(new JobObservation(BatchJobState.Running, "", process.StartedAt, null, null));
        }

        return Observed(cancelled is { } at ? new JobObservation(BatchJobState.Cancelled, "Cancelled.", process.StartedAt, at, null)
            : timedOut is { } limitAt ? new JobObservation(BatchJobState.Failed, "TIMEOUT", process.StartedAt, limitAt, null)
            : new JobObservation(BatchJobState.Failed, "The job's process ended without an exit status (killed, or the machine restarted).", process.StartedAt, DateTimeOffset.UtcNow, null));
    }

    public Task CancelAsync(BatchJob job, CancellationToken cancellationToken)
    {
        var process = LocalJobProcess.Parse(job.BackendJobId);
        if (process.IsAlive())
        {
            // The marker first: a job that ends between the two lines still reads as cancelled.
            File.WriteAllText(Path.Combine(job.WorkingDirectory, ".cancelled"), "");
            process.Kill();
        }

        return Task.CompletedTask;
    }

    private static Task<JobObservation?> Observed(JobObservation observation) => Task.FromResult<JobObservation?>(observation);

    private static DateTimeOffset? Marker(string folder, string name)
    {
        var path = Path.Combine(folder, "." + name);
        return File.Exists(path) ? File.GetLastWriteTimeUtc(path) : null;
    }

    private static KernelLimits LimitsOf(Flavour flavour) => new()
    {
        MemoryBytes = flavour.MemoryMb * 1024L * 1024,
        // CPU time for the whole wall-clock limit on every core; without a limit the rlimit stays generous.
        CpuSeconds = (int)Math.Min(int.MaxValue, (flavour.TimeLimit ?? TimeSpan.FromHours(24)).TotalSeconds * flavour.WholeCpus),
    };

    // Programs named by the environment (HACKATHON_TRAIN) must be visible inside the sandbox with their libraries.
    private static IEnumerable<string> ProgramFolders(IReadOnlyDictionary<string, string> environment) =>
        environment.Values.Where(v => Path.IsPathFullyQualified(v) && File.Exists(v)).Select(v => Path.GetDirectoryName(v)!);
}
