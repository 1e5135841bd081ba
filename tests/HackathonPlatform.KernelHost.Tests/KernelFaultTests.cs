using System.Diagnostics;
using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.KernelHost.Tests;

/// <summary>Runaway cells: each is stopped by a limit, the kernel comes back, the test process stays up.</summary>
public sealed class KernelFaultTests(KernelFixture fixture) : IClassFixture<KernelFixture>
{
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromSeconds(3);

    private KernelProcess Kernel => fixture.Kernel;

    [Fact]
    public async Task An_infinite_loop_is_stopped_within_the_timeout_and_the_kernel_restarts()
    {
        var restarts = Kernel.Restarts;

        var run = await KernelRun.ExecuteAsync(Kernel, "while (true) { }", ShortTimeout);

        Assert.Equal(KernelErrorNames.CellTimeout, run.Failure.ErrorName);
        // The upper bound leaves room for a loaded CI machine; a timeout that did not fire would take minutes.
        Assert.InRange(run.Elapsed, ShortTimeout, ShortTimeout + TimeSpan.FromSeconds(15));
        Assert.Equal(restarts + 1, Kernel.Restarts);
        Assert.Equal("2", (await KernelRun.ExecuteAsync(Kernel, "1+1")).ReturnText);
    }

    [Fact]
    public async Task An_interrupt_kills_the_running_cell_and_the_kernel_restarts()
    {
        var running = KernelRun.ExecuteAsync(Kernel, "System.Threading.Thread.Sleep(60_000);");
        await ProcessTable.WaitUntilAsync(() => Kernel.State == KernelState.Busy, TimeSpan.FromSeconds(30), "the kernel is busy with the cell");
        await Task.Delay(300);

        await Kernel.InterruptAsync();
        var run = await running;

        Assert.Equal(KernelErrorNames.KernelInterrupted, run.Failure.ErrorName);
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(30));
        Assert.Equal("3", (await KernelRun.ExecuteAsync(Kernel, "1+2")).ReturnText);
    }

    [Fact]
    public async Task Allocating_50_GB_on_the_heap_fails_the_cell_and_the_kernel_stays_usable()
    {
        var run = await KernelRun.ExecuteAsync(Kernel, "var keep = new List<byte[]>(); for (var i = 0; i < 50; i++) keep.Add(GC.AllocateUninitializedArray<byte>(1 << 30)); keep.Count");

        Assert.Equal(KernelErrorNames.OutOfMemory, run.Failure.ErrorName);
        Assert.Contains("memory limit", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("4", (await KernelRun.ExecuteAsync(Kernel, "2+2")).ReturnText);
    }

    [Fact]
    public async Task Allocating_50_GB_of_native_memory_is_refused_by_the_address_space_limit()
    {
        var run = await KernelRun.ExecuteAsync(Kernel, "System.Runtime.InteropServices.Marshal.AllocHGlobal(new IntPtr(50L << 30))");

        Assert.Equal(KernelErrorNames.OutOfMemory, run.Failure.ErrorName);
        Assert.Equal("6", (await KernelRun.ExecuteAsync(Kernel, "3+3")).ReturnText);
    }

    [Fact]
    public async Task Forking_endlessly_is_stopped_by_the_process_limit_and_the_next_cell_runs_at_once()
    {
        using var strays = new StrayProcesses();
        // Each child lives 10 minutes: they hold the sandbox user's process count at the limit, and the
        // runtime could not start a thread for the next cell, unless the end of the cell stops them.
        var bomb = $$"""
            var started = 0;
            try { while (true) { {{strays.StartChild()}}; started++; } }
            catch (Exception e) { Console.WriteLine($"stopped after {started}: {e.GetType().Name}"); }
            """;

        var restarts = Kernel.Restarts;

        var run = await KernelRun.ExecuteAsync(Kernel, bomb, TimeSpan.FromSeconds(15));

        // Either the cell sees fork fail, or the starved runtime dies or times out: never unbounded.
        Assert.True(run.Stdout.Contains("stopped after", StringComparison.Ordinal) || run.Terminal is CommandFailed, run.ToString());
        if (run.Succeeded && Kernel.Isolation.UserId is not null)
        {
            Assert.Contains("this cell left running (the process limit of 256 was reached).", run.Stderr, StringComparison.Ordinal);
        }

        Assert.Empty(strays.Running());
        var after = await KernelRun.ExecuteAsync(Kernel, "4+4", TimeSpan.FromSeconds(30));
        Assert.True(after.ReturnText == "8", $"the cell after the bomb: {after}");
        if (run.Succeeded)
        {
            Assert.Equal(restarts, Kernel.Restarts); // The same process answered: nothing timed out waiting for a thread.
        }
    }

    [Fact]
    public async Task A_restart_gives_a_fresh_kernel_without_the_old_variables()
    {
        await KernelRun.ExecuteAsync(Kernel, "var remembered = 1;");
        var pid = Kernel.ProcessId;

        await Kernel.RestartAsync();

        Assert.NotEqual(pid, Kernel.ProcessId);
        Assert.Equal(KernelErrorNames.CompilationError, (await KernelRun.ExecuteAsync(Kernel, "remembered")).Failure.ErrorName);
    }

    [Fact]
    public async Task A_cell_that_kills_its_own_process_ends_as_a_dead_kernel_and_the_kernel_comes_back()
    {
        var run = await KernelRun.ExecuteAsync(Kernel, "System.Diagnostics.Process.GetCurrentProcess().Kill();");

        Assert.Equal(KernelErrorNames.KernelDied, run.Failure.ErrorName);
        Assert.Equal("12", (await KernelRun.ExecuteAsync(Kernel, "6+6", TimeSpan.FromSeconds(30))).ReturnText);
    }

    [Fact]
    public async Task A_shell_fork_bomb_dies_with_the_kernel_inside_the_sandbox()
    {
        if (!KernelSandbox.IsBubblewrapAvailable)
        {
            return; // Without a pid namespace: KernelStrayProcessTests (the host's session holds the orphans).
        }

        var run = await KernelRun.ExecuteAsync(Kernel, StrayProcesses.StartShellBomb() + " System.Threading.Thread.Sleep(60_000);", ShortTimeout);
        Assert.Equal(KernelErrorNames.CellTimeout, run.Failure.ErrorName);
        Assert.Equal("10", (await KernelRun.ExecuteAsync(Kernel, "5+5", TimeSpan.FromSeconds(30))).ReturnText);

        await ProcessTable.WaitUntilAsync(() => CountProcesses(Kernel.Isolation.UserId) < 64, TimeSpan.FromSeconds(30), "the sandbox user has fewer than 64 processes");
    }

    // Zombies count too: they hold a slot of the uid's RLIMIT_NPROC until reaped.
    private static int CountProcesses(int? uid) =>
        uid is null ? 0 : ProcessTable.Pids().Count(pid => ProcessTable.RealUid(pid) == uid);
}
