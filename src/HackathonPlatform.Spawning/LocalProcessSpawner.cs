using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace HackathonPlatform.Spawning;

/// <summary>
/// Runs a group's notebook server as a local process on a free loopback port with a fresh token,
/// detached from the hub (own session, output to a log file) so that it survives a hub restart and
/// can be re-attached by pid, start time, port and token. The default backend.
/// </summary>
public sealed partial class LocalProcessSpawner : ISpawner
{
    /// <summary>The <see cref="SpawnerState.Backend"/> of this spawner.</summary>
    public const string Backend = "local-process";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly LocalSpawnerOptions _options;
    private Process? _process;
    private int? _pid;
    private string? _startTime;
    private int? _lastExitStatus;
    private volatile bool _starting;

    /// <summary>Creates a spawner for one group.</summary>
    /// <param name="options">What to run where.</param>
    public LocalProcessSpawner(LocalSpawnerOptions options) =>
        _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <inheritdoc />
    public ServerEndpoint? Endpoint { get; private set; }

    /// <summary>The server's process id while it runs (for tests and operators), else null.</summary>
    public int? ProcessId => _pid;

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
            yield return SpawnProgress.Pending("Preparing the group's server.");
            var port = FreePort();
            var token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
            var basePath = _options.BasePath.Trim('/') is { Length: > 0 } trimmed ? $"/{trimmed}/" : "/";
            var url = new Uri($"http://127.0.0.1:{port}{basePath}");
            var launchError = TryLaunch(port, token);
            if (launchError is not null)
            {
                yield return SpawnProgress.Failed(launchError);
                yield break;
            }

            yield return SpawnProgress.Starting($"Server process {_pid} started; waiting for it to answer.");
            var clock = Stopwatch.StartNew();
            var lastReport = TimeSpan.Zero;
            while (true)
            {
                if (await PollAsync(cancellationToken) is { } exit)
                {
                    yield return SpawnProgress.Failed($"The server exited with status {exit} before it answered. {LogTail()}".Trim());
                    yield break;
                }

                if (await AnswersAsync(url, token, cancellationToken))
                {
                    Endpoint = new ServerEndpoint(url, token);
                    yield return SpawnProgress.Ready(url);
                    yield break;
                }

                if (clock.Elapsed > _options.StartTimeout)
                {
                    await StopAsync(CancellationToken.None);
                    yield return SpawnProgress.Failed($"The server did not answer within {_options.StartTimeout.TotalSeconds:0} s and was stopped.");
                    yield break;
                }

                if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(2))
                {
                    lastReport = clock.Elapsed;
                    yield return SpawnProgress.Starting($"Still starting ({clock.Elapsed.TotalSeconds:0} s).");
                }

                await Task.Delay(100, cancellationToken);
            }
        }
        finally
        {
            _starting = false;
            if (Endpoint is null && _pid is not null)
            {
                // Cancelled or failed: leave nothing running.
                await StopAsync(CancellationToken.None);
            }
        }
    }

    /// <inheritdoc />
    public Task<int?> PollAsync(CancellationToken cancellationToken = default)
    {
        if (_pid is not { } pid)
        {
            return Task.FromResult<int?>(_lastExitStatus ?? 0);
        }

        var alive = UnixProcess.IsAlive(pid, _startTime);
        if (_process is not null && !_process.HasExited)
        {
            if (alive)
            {
                return Task.FromResult<int?>(null);
            }

            // Stopped through another instance (a re-attached spawner): let the runtime reap it.
            _process.WaitForExit(2000);
        }
        else if (_process is null && alive)
        {
            return Task.FromResult<int?>(null);
        }

        var status = _process is { HasExited: true } ? _process.ExitCode : -1;
        Forget(status);
        return Task.FromResult<int?>(status);
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_pid is not { } pid)
        {
            return;
        }

        // SIGTERM first: the server then kills its kernels itself.
        UnixProcess.Terminate(pid);
        var clock = Stopwatch.StartNew();
        while (await PollAsync(CancellationToken.None) is null && clock.Elapsed < _options.StopTimeout && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(50, CancellationToken.None);
        }

        if (_pid is not null)
        {
            KillTree(pid);
            Forget(0);
        }

        _lastExitStatus = 0;
    }

    /// <inheritdoc />
    public SpawnerState GetState() => new(Backend, _pid is { } pid && Endpoint is { } endpoint
        ? new Dictionary<string, string>
        {
            ["pid"] = pid.ToString(CultureInfo.InvariantCulture),
            ["startTime"] = _startTime ?? "",
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

        if (state.IsEmpty || !int.TryParse(state.Get("pid"), CultureInfo.InvariantCulture, out var pid) || state.Get("url") is not { } url || state.Get("token") is not { } token)
        {
            return;
        }

        (_process, _pid, _startTime) = (null, pid, state.Get("startTime") is { Length: > 0 } start ? start : null);
        Endpoint = new ServerEndpoint(new Uri(url), token);
    }
}
