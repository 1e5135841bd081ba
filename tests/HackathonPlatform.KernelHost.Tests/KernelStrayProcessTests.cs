using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.KernelHost.Tests;

/// <summary>
/// A cell's processes end with the cell: children and orphans of a cell are killed when it ends
/// (completed, timed out), between-cell processes on restart and disposal; with bubblewrap (a pid
/// namespace) and without it (the host's own session).
/// </summary>
public sealed class KernelStrayProcessTests : IDisposable
{
    private readonly StrayProcesses _strays = new();
    private readonly string _workspace = Directory.CreateTempSubdirectory("kernel-ws-").FullName;

    public void Dispose()
    {
        _strays.Dispose();
        Directory.Delete(_workspace, recursive: true);
    }

    [Theory]
    [InlineData(SandboxMode.Auto)]
    [InlineData(SandboxMode.Off)]
    public async Task Children_and_orphans_a_cell_leaves_running_are_stopped_when_it_ends_and_the_next_cell_runs_at_once(SandboxMode sandbox)
    {
        await using var kernel = await StartAsync(sandbox);

        var run = await KernelRun.ExecuteAsync(kernel, $"{_strays.StartChild()}; {_strays.StartOrphan()} 1+1");

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("2", run.ReturnText);
        Assert.Contains("Stopped 2 processes this cell left running.", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(_strays.Running());
        AssertOnlyTheHostRunsAsTheKernelsUser(kernel);
        var next = await KernelRun.ExecuteAsync(kernel, "3+4");
        Assert.Equal("7", next.ReturnText);
        Assert.DoesNotContain("Stopped", next.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, kernel.Restarts);
    }

    [Fact]
    public async Task A_cell_that_times_out_has_its_processes_stopped_and_says_so()
    {
        await using var kernel = await StartAsync(SandboxMode.Auto);

        var run = await KernelRun.ExecuteAsync(kernel, $"{_strays.StartChild()}; System.Threading.Thread.Sleep(60_000);", TimeSpan.FromSeconds(3));

        Assert.Equal(KernelErrorNames.CellTimeout, run.Failure.ErrorName);
        Assert.Contains("Stopped 1 process this cell left running.", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(_strays.Running());
    }

    [Theory]
    [InlineData(SandboxMode.Auto)]
    [InlineData(SandboxMode.Off)]
    public async Task Processes_started_between_cells_are_stopped_by_a_restart_and_by_disposal(SandboxMode sandbox)
    {
        var kernel = await StartAsync(sandbox);
        try
        {
            // A background task of the cell starts them after the cell ended: only a restart or disposal sees them.
            var later = $"System.Threading.Tasks.Task.Run(async () => {{ await System.Threading.Tasks.Task.Delay(500); {_strays.StartChild()}; {_strays.StartOrphan()} }});";
            Assert.True((await KernelRun.ExecuteAsync(kernel, later)).Succeeded);
            await ProcessTable.WaitUntilAsync(() => _strays.Running().Count == 2, TimeSpan.FromSeconds(30), "the background task starts two processes");

            await kernel.RestartAsync();

            Assert.Empty(_strays.Running());
            Assert.True((await KernelRun.ExecuteAsync(kernel, later)).Succeeded);
            await ProcessTable.WaitUntilAsync(() => _strays.Running().Count == 2, TimeSpan.FromSeconds(30), "the background task starts two processes");
        }
        finally
        {
            await kernel.DisposeAsync();
        }

        Assert.Empty(_strays.Running());
    }

    [Fact]
    public async Task A_shell_fork_bomb_without_a_pid_namespace_is_stopped_through_the_host_s_session()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return; // Only a root launcher gives the kernel a uid of its own: the bomb would share the test's process limit.
        }

        await using var kernel = await StartAsync(SandboxMode.Off);

        // The shell's processes are orphans reparented to init, outside the kernel's tree; they stay in its session.
        var run = await KernelRun.ExecuteAsync(kernel, StrayProcesses.StartShellBomb() + " System.Threading.Thread.Sleep(60_000);", TimeSpan.FromSeconds(3));

        Assert.Equal(KernelErrorNames.CellTimeout, run.Failure.ErrorName);
        Assert.Contains("this cell left running", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("10", (await KernelRun.ExecuteAsync(kernel, "5+5", TimeSpan.FromSeconds(30))).ReturnText);
        AssertOnlyTheHostRunsAsTheKernelsUser(kernel);
    }

    [Fact]
    public async Task A_kernel_disposed_while_it_restarts_stops_at_once_and_leaves_no_process()
    {
        var kernel = await StartAsync(SandboxMode.Auto);
        var run = await KernelRun.ExecuteAsync(kernel, "System.Diagnostics.Process.GetCurrentProcess().Kill();");
        Assert.Equal(KernelErrorNames.KernelDied, run.Failure.ErrorName);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // The replacement is starting: bubblewrap is killed while it sets up its namespace.
        await kernel.DisposeAsync();

        // Disposal used to wait for the whole start timeout (90 s) for a start it had already killed.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"disposal took {clock.Elapsed}");
        Assert.Empty(ProcessTable.RunningIn([_workspace]).Union(ProcessTable.Mentioning(_workspace)));
    }

    private static void AssertOnlyTheHostRunsAsTheKernelsUser(KernelProcess kernel)
    {
        if (kernel.Isolation.UserId is { } uid)
        {
            Assert.Single(ProcessTable.RunningAs(uid));
        }
    }

    private Task<KernelProcess> StartAsync(SandboxMode sandbox) =>
        KernelProcess.StartAsync(KernelTestOptions.Create(_workspace) with { Sandbox = sandbox });
}
