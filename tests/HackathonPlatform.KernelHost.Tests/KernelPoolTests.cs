using System.Diagnostics;
using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.KernelHost.Tests;

/// <summary>The warm kernel pool on real kernel processes: one kernel per notebook, fresh folders, no process left behind.</summary>
[Collection(Collection)]
public sealed class KernelPoolTests
{
    /// <summary>Tests that look for leftover kernels by their folders run one at a time, so they do not see each other's.</summary>
    public const string Collection = "kernel pools";

    private static readonly KernelLimits Limits = KernelLimits.Default with { CellTimeout = TimeSpan.FromSeconds(60), MemoryBytes = 512L << 20 };
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_warm_kernel_is_rented_at_once_in_its_own_fresh_folder_and_leaves_nothing_behind()
    {
        await using var pool = NewPool(size: 1);
        await pool.WarmUpAsync(Limits);
        var ready = Assert.Single(pool.ReadyProcessIds(Limits));

        var clock = Stopwatch.StartNew();
        var rented = await pool.RentAsync(Limits);
        var rentTime = clock.Elapsed;

        Assert.True(rented.WasReady);
        Assert.True(rentTime < TimeSpan.FromSeconds(1), $"renting a ready kernel took {rentTime.TotalMilliseconds:0} ms");
        Assert.Equal(ready, rented.Kernel.ProcessId);
        Assert.Empty(Directory.EnumerateFileSystemEntries(rented.WorkingDirectory));
        Assert.Equal(rented.WorkingDirectory, (await KernelRun.ExecuteAsync(rented.Kernel, "System.IO.Directory.GetCurrentDirectory()")).ReturnText);
        Assert.Equal("2", (await KernelRun.ExecuteAsync(rented.Kernel, "1+1")).ReturnText);

        await rented.DisposeAsync();

        Assert.False(Directory.Exists(rented.WorkingDirectory));
        await ProcessTable.WaitUntilAsync(() => !ProcessTable.IsAlive(ready), TimeSpan.FromSeconds(10), "the returned kernel's process exits");
        // Its replacement was started at the rental, for the next notebook.
        await ProcessTable.WaitUntilAsync(() => pool.ReadyProcessIds(Limits).Count == 1, Patience, "a replacement is ready");
        Assert.NotEqual(ready, pool.ReadyProcessIds(Limits)[0]);
    }

    [Fact]
    public async Task Two_rentals_never_get_the_same_process_or_folder_and_a_kernel_is_never_handed_out_twice()
    {
        await using var pool = NewPool(size: 1);
        await pool.WarmUpAsync(Limits);

        var both = await Task.WhenAll(pool.RentAsync(Limits), pool.RentAsync(Limits));
        await using var first = both[0];
        await using var second = both[1];
        Assert.NotSame(first.Kernel, second.Kernel);
        Assert.NotEqual(first.Kernel.ProcessId, second.Kernel.ProcessId);
        Assert.NotEqual(first.WorkingDirectory, second.WorkingDirectory);
        Assert.True(first.WasReady ^ second.WasReady, "exactly one kernel was warm");
        await KernelRun.ExecuteAsync(first.Kernel, "System.IO.File.WriteAllText(\"answer.txt\", \"secret\")");
        Assert.Empty(Directory.EnumerateFileSystemEntries(second.WorkingDirectory));

        await first.DisposeAsync();
        await using var third = await pool.RentAsync(Limits);
        Assert.NotSame(first.Kernel, third.Kernel);
        Assert.DoesNotContain(third.Kernel.ProcessId, new[] { first.Kernel.ProcessId, second.Kernel.ProcessId });
        Assert.Empty(Directory.EnumerateFileSystemEntries(third.WorkingDirectory));
    }

    [Fact]
    public async Task A_waiting_kernel_that_dies_is_discarded_and_replaced()
    {
        await using var pool = NewPool(size: 1);
        await pool.WarmUpAsync(Limits);
        var doomed = Assert.Single(pool.ReadyProcessIds(Limits));

        using (var process = Process.GetProcessById(doomed))
        {
            process.Kill(entireProcessTree: true);
        }

        await ProcessTable.WaitUntilAsync(() => pool.ReadyProcessIds(Limits) is [var pid] && pid != doomed, Patience, "a new kernel replaces the dead one");
        await using var rented = await pool.RentAsync(Limits);
        Assert.NotEqual(doomed, rented.Kernel.ProcessId);
        Assert.True(rented.WasReady);
        Assert.Equal(0, rented.Kernel.Restarts);
        Assert.Equal("3", (await KernelRun.ExecuteAsync(rented.Kernel, "1+2")).ReturnText);
    }

    [Fact]
    public async Task Disposing_the_pool_stops_every_kernel_it_started_rented_ones_included()
    {
        var pool = NewPool(size: 2);
        await pool.WarmUpAsync(Limits);
        var rented = await pool.RentAsync(Limits);
        await pool.WarmUpAsync(Limits);
        var pids = pool.ReadyProcessIds(Limits).Append(rented.Kernel.ProcessId!.Value).ToList();
        var root = Path.GetDirectoryName(rented.WorkingDirectory)!;
        var folders = Directory.GetDirectories(root, "hackathon-kernel-ws-*").Where(d => ProcessTable.OursRunningIn([d]).Count > 0).ToList();
        Assert.Equal(3, pids.Distinct().Count());
        Assert.Contains(rented.WorkingDirectory, folders);

        await pool.DisposeAsync();

        await ProcessTable.WaitUntilAsync(() => pids.All(pid => !ProcessTable.IsAlive(pid)), TimeSpan.FromSeconds(10), "every kernel process exits");
        await ProcessTable.WaitUntilAsync(() => ProcessTable.OursRunningIn(folders).Count == 0, TimeSpan.FromSeconds(10), "nothing runs in the kernels' folders");
        Assert.All(folders, folder => Assert.False(Directory.Exists(folder)));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => pool.RentAsync(Limits));
        await rented.DisposeAsync();
    }

    [Fact]
    public async Task A_kernel_is_only_handed_to_a_renter_that_asked_for_its_limits()
    {
        var larger = Limits with { MemoryBytes = 768L << 20 };
        await using var pool = NewPool(size: 1);
        await pool.WarmUpAsync(Limits);
        var warm = Assert.Single(pool.ReadyProcessIds(Limits));

        await using (var other = await pool.RentAsync(larger))
        {
            Assert.False(other.WasReady);
            Assert.NotEqual(warm, other.Kernel.ProcessId);
            Assert.Equal(larger, other.Kernel.Options.Limits);
            Assert.Equal((768L << 20).ToString(), await HeapLimitAsync(other.Kernel));
        }

        await using var same = await pool.RentAsync(Limits);
        Assert.True(same.WasReady);
        Assert.Equal(warm, same.Kernel.ProcessId);
        Assert.Equal((512L << 20).ToString(), await HeapLimitAsync(same.Kernel));
    }

    [Fact]
    public async Task Kernels_waiting_for_limits_nobody_asked_for_lately_are_stopped_when_others_are_needed()
    {
        var other = Limits with { CpuSeconds = 300 };
        await using var pool = NewPool(size: 1, maxLimitSets: 1);
        await pool.WarmUpAsync(Limits);
        var idle = Assert.Single(pool.ReadyProcessIds(Limits));

        await using var rented = await pool.RentAsync(other);

        Assert.Equal(other, rented.Kernel.Options.Limits);
        await ProcessTable.WaitUntilAsync(() => !ProcessTable.IsAlive(idle), TimeSpan.FromSeconds(10), "the kernel of the evicted limits exits");
        Assert.Empty(pool.ReadyProcessIds(Limits));
    }

    private static KernelPool NewPool(int size, int maxLimitSets = 2) => new(new KernelPoolOptions
    {
        Launch = KernelTestOptions.Create(workspace: "unused: each pooled kernel gets its own"),
        Size = size,
        MaxLimitSets = maxLimitSets,
    });

    private static async Task<string?> HeapLimitAsync(KernelProcess kernel) =>
        (await KernelRun.ExecuteAsync(kernel, "GC.GetGCMemoryInfo().TotalAvailableMemoryBytes")).ReturnText;
}
