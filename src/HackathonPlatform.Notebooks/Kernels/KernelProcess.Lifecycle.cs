using System.Diagnostics;

namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>Starting, replacing and isolating the kernel's OS process.</summary>
public sealed partial class KernelProcess
{
    private const int FirstSandboxUid = 1_000_000;
    private const int UidsPerLauncher = 256;
    private static int s_nextUid;

    private async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _starting.WaitAsync(cancellationToken);
        }
        catch (KernelStartException ex)
        {
            Options.Log?.Invoke($"the last kernel start failed, trying again: {ex.Message}");
            StartReplacement(countAsRestart: true);
            await _starting.WaitAsync(cancellationToken);
        }

        if (_connection is not { ExitCode: null })
        {
            // Died while idle (e.g. a background thread of an earlier cell hit a limit).
            StartReplacement(countAsRestart: true);
            await _starting.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Kills the current process (if any) and starts a new one in the background.</summary>
    private void StartReplacement(bool countAsRestart)
    {
        lock (_gate)
        {
            if (_state == KernelState.Disposed)
            {
                return;
            }

            _connection?.Dispose();
            _connection = null;
            _state = KernelState.Starting;
            if (countAsRestart)
            {
                Restarts++;
            }

            _starting = StartConnectionAsync();
        }
    }

    private async Task StartConnectionAsync()
    {
        var clock = Stopwatch.StartNew();
        KernelConnection connection;
        try
        {
            connection = new KernelConnection(KernelLaunch.Create(Options, Isolation, _tempDirectory), Options.Log);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            _state = KernelState.Dead;
            throw new KernelStartException($"Could not start the kernel process: {ex.Message}", ex);
        }

        lock (_gate)
        {
            if (_state == KernelState.Disposed)
            {
                connection.Dispose();
                return;
            }

            _connection = connection;
        }

        try
        {
            await connection.Ready.WaitAsync(Options.StartupTimeout);
        }
        catch (TimeoutException)
        {
            connection.Dispose();
            _state = _state == KernelState.Disposed ? KernelState.Disposed : KernelState.Dead;
            throw new KernelStartException($"The kernel did not report ready within {Options.StartupTimeout.TotalSeconds:0} s: {connection.StderrTail}");
        }
        catch (KernelStartException)
        {
            _state = _state == KernelState.Disposed ? KernelState.Disposed : KernelState.Dead;
            throw;
        }

        LastStartupTime = clock.Elapsed;
        Options.Log?.Invoke($"kernel {connection.ProcessId} ready in {clock.ElapsedMilliseconds} ms");
        lock (_gate)
        {
            if (_state == KernelState.Starting)
            {
                _state = KernelState.Idle;
            }
        }
    }

    /// <summary>
    /// The isolation a kernel started with these options gets on this machine (what servers show
    /// on their status page). Each call picks a fresh sandbox uid when none is configured.
    /// </summary>
    /// <param name="options">The kernel options.</param>
    /// <returns>The isolation.</returns>
    /// <exception cref="KernelStartException">Bubblewrap is required and missing.</exception>
    public static KernelIsolation PlanIsolation(KernelProcessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var notes = new List<string>();
        var bubblewrap = options.Sandbox != SandboxMode.Off && KernelSandbox.IsBubblewrapAvailable;
        if (options.Sandbox == SandboxMode.Required && !bubblewrap)
        {
            throw new KernelStartException("The sandbox is required, but bubblewrap (bwrap) is not installed or cannot create namespaces here.");
        }

        if (!bubblewrap)
        {
            notes.Add(options.Sandbox == SandboxMode.Off ? "bubblewrap turned off" : "bubblewrap not available: no file-system or network isolation");
        }

        var rlimits = KernelSandbox.IsPrlimitAvailable;
        if (!rlimits)
        {
            notes.Add("prlimit not found: no CPU, process-count or address-space limits");
        }

        int? uid = null;
        if (Environment.IsPrivilegedProcess)
        {
            if (KernelSandbox.IsSetprivAvailable)
            {
                // Root ignores RLIMIT_NPROC: user code must run as someone else for the fork limit to hold.
                // RLIMIT_NPROC counts every process of a uid, so two launchers must never hand out the same
                // one: a block of uids per launcher pid (pids are unique among live processes and at most
                // 2^22, so the largest uid stays below 2^31), cycled within the block.
                uid = options.SandboxUserId ?? FirstSandboxUid + (Environment.ProcessId * UidsPerLauncher) + (Interlocked.Increment(ref s_nextUid) % UidsPerLauncher);
            }
            else
            {
                notes.Add("running as root without setpriv: the process-count limit does not bind");
            }
        }

        return new KernelIsolation(bubblewrap, rlimits, uid, notes.Count == 0 ? "full isolation" : string.Join("; ", notes));
    }

    private static void PrepareFolders(KernelProcessOptions options, KernelIsolation isolation, string temp)
    {
        if (isolation.UserId is null || OperatingSystem.IsWindows())
        {
            return;
        }

        // The kernel runs as another uid than ours: let it write its workspace and its home.
        const UnixFileMode Everyone = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(temp, Everyone);
        var workspace = Path.GetFullPath(options.WorkingDirectory);
        File.SetUnixFileMode(workspace, File.GetUnixFileMode(workspace) | Everyone);
    }
}
