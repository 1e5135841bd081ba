using System.Globalization;

namespace HackathonPlatform.Spawning.Slurm;

/// <summary>Submitting, observing, stopping and re-attaching the job.</summary>
public sealed partial class SlurmSpawner
{
    private static readonly HashSet<string> RawPlaceholders = ["setup", "host_command", "extra_arguments"];

    private string OutputFile => _options.OutputFile
        ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(_options.Workspace).TrimEnd('/'))!, $".{Path.GetFileName(_options.Workspace.TrimEnd('/'))}.slurm-%j.log");

    /// <inheritdoc />
    public async Task<int?> PollAsync(CancellationToken cancellationToken = default)
    {
        if (_jobId is not { } id)
        {
            return _lastExitStatus ?? 0;
        }

        SlurmJobInfo? job;
        try
        {
            job = await _slurm.GetJobAsync(id, cancellationToken);
        }
        catch (SlurmException)
        {
            // Slurm is unreachable: the job is most likely still running; calling it stopped would
            // make the hub start a second one. Report running until Slurm answers again.
            return null;
        }

        if (job is { IsFinished: false })
        {
            return null;
        }

        var status = job is null ? -1 : job.State == "COMPLETED" ? 0 : job.ExitCode > 255 ? job.ExitCode >> 8 : Math.Max(1, job.ExitCode);
        (_jobId, Endpoint, _lastExitStatus) = (null, null, status);
        return status;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_jobId is not { } id)
        {
            return;
        }

        try
        {
            await _slurm.CancelAsync(id, cancellationToken);
            var deadline = DateTime.UtcNow + _options.StopTimeout;
            while (DateTime.UtcNow < deadline && !cancellationToken.IsCancellationRequested && await _slurm.GetJobAsync(id, cancellationToken) is { IsFinished: false })
            {
                await Task.Delay(200, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is SlurmException or OperationCanceledException)
        {
            // Slurm is unreachable or we stopped waiting: the cancel may still come through; forget the job either way.
        }

        (_jobId, Endpoint, _lastExitStatus) = (null, null, 0);
    }

    /// <inheritdoc />
    public SpawnerState GetState() => new(Backend, _jobId is { } id && Endpoint is { } endpoint
        ? new Dictionary<string, string>
        {
            ["jobId"] = id.ToString(CultureInfo.InvariantCulture),
            ["url"] = endpoint.Url.ToString(),
            ["token"] = endpoint.Token,
        }
        : new Dictionary<string, string>());

    /// <inheritdoc />
    public void LoadState(SpawnerState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Backend != Backend)
        {
            throw new ArgumentException($"A {state.Backend} state cannot be loaded into a {Backend} spawner.", nameof(state));
        }

        if (state.IsEmpty || !long.TryParse(state.Get("jobId"), CultureInfo.InvariantCulture, out var id) || state.Get("url") is not { } url || state.Get("token") is not { } token)
        {
            return;
        }

        _jobId = id;
        Endpoint = new ServerEndpoint(new Uri(url), token);
    }

    private async Task<string?> TrySubmitAsync(string token, CancellationToken cancellationToken)
    {
        var flavour = _options.Flavour;
        Directory.CreateDirectory(_options.Workspace);
        var server = _options.ServerPath;
        var values = new Dictionary<string, string>
        {
            ["setup"] = flavour.Command ?? "",
            ["host_command"] = _options.HostCommand,
            ["dotnet"] = server.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? _options.DotnetPath : "",
            ["server"] = server,
            ["workspace"] = Path.GetFullPath(_options.Workspace),
            ["listen_address"] = _options.ListenAddress,
            ["base_path"] = _options.BasePath,
            ["warm_kernel"] = _options.WarmKernel ? "true" : "false",
            ["extra_arguments"] = string.Join(' ', _options.ServerArguments.Select(SlurmServerScript.Quote)),
        };
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = "/usr/local/bin:/usr/bin:/bin",
            ["LANG"] = "C.UTF-8",
            ["HOME"] = Path.GetFullPath(_options.Workspace),
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            // In the environment, not on the command line: ps on the node would show arguments.
            ["HACKATHON_NOTEBOOK_TOKEN"] = token,
        };
        foreach (var (key, value) in _options.Environment)
        {
            environment[key] = value;
        }

        var request = new SlurmJobRequest
        {
            Name = _options.JobName,
            Script = SlurmServerScript.Render(_options.ScriptTemplate, values, RawPlaceholders).Replace("{dotnet} ", "", StringComparison.Ordinal),
            WorkingDirectory = Path.GetFullPath(_options.Workspace),
            StandardOutput = OutputFile,
            Environment = environment,
            Partition = flavour.Partition,
            Account = flavour.Account,
            Cpus = flavour.WholeCpus,
            MemoryMb = flavour.MemoryMb,
            Gres = flavour.SlurmGres,
            TimeLimit = flavour.TimeLimit,
        };
        try
        {
            _jobId = await _slurm.SubmitAsync(request, cancellationToken);
            _lastExitStatus = null;
            return null;
        }
        catch (SlurmException ex)
        {
            return $"Slurm refused the server job: {ex.Message}";
        }
    }

    private async Task<(SlurmJobInfo? Job, string? Message)> ObserveAsync(CancellationToken cancellationToken)
    {
        try
        {
            var jobs = await _slurm.GetJobsAsync(cancellationToken);
            var job = jobs.FirstOrDefault(j => j.JobId == _jobId);
            return (job, job is { IsPending: true } ? SlurmPendingJobs.Describe(job, SlurmPendingJobs.Position(jobs, job.JobId)) : null);
        }
        catch (SlurmException ex)
        {
            // Keep the job: a controller restart is not the job's failure; the start timeout still applies.
            return (new SlurmJobInfo(_jobId ?? 0, "", "", "PENDING", "SlurmUnreachable", "", 0, "", "", "", [], 0, DateTimeOffset.UtcNow, null, null), ex.Message);
        }
    }

    private async Task<string?> AddressAsync(SlurmJobInfo job)
    {
        if (job.Comment.Contains(':', StringComparison.Ordinal))
        {
            return job.Comment;
        }

        var output = job.StandardOutput.Length > 0 ? job.StandardOutput : OutputFile.Replace("%j", job.JobId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        try
        {
            return File.Exists(output) ? SlurmServerScript.AddressFromOutput(await File.ReadAllTextAsync(output)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private string OutputTail()
    {
        var output = OutputFile.Replace("%j", (_jobId ?? 0).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        try
        {
            return File.Exists(output) ? "Job output: " + string.Join(" | ", File.ReadLines(output).TakeLast(5)) : "";
        }
        catch (IOException)
        {
            return "";
        }
    }
}
