using HackathonPlatform.Katas.Tests.Support;
using HackathonPlatform.Notebooks.Kernels;
using Xunit.Abstractions;

namespace HackathonPlatform.Katas.Tests;

/// <summary>
/// The Q# kernel under the platform's own launcher (KernelProcess: prlimit, bubblewrap where it
/// works, a dropped uid when root), started through the script's shebang
/// (<c>#!/usr/bin/env -S node --max-old-space-size=512</c>), as a hub would start it.
/// </summary>
public sealed class QsharpKernelProcessTests(ITestOutputHelper output) : IAsyncDisposable
{
    private readonly string _workspace = Directory.CreateTempSubdirectory("qsharp-kernel-ws-").FullName;
    private KernelProcess? _kernel;

    [Fact]
    public async Task KernelProcess_starts_the_qsharp_kernel_with_limits_and_runs_a_cell()
    {
        Repository.RequireToolchain();
        _kernel = await KernelProcess.StartAsync(new KernelProcessOptions
        {
            HostPath = Path.Combine(Repository.QuantumDirectory, QsharpToolchain.KernelScript),
            WorkingDirectory = _workspace,
        });

        Assert.True(_kernel.Isolation.ResourceLimits, _kernel.Isolation.Notes);
        var events = new List<KernelEvent>();
        await foreach (var e in _kernel.ExecuteAsync("use q = Qubit();\nH(q);\nMessage(\"sandboxed\");\nMResetZ(q) == Zero or true"))
        {
            events.Add(e);
        }

        Assert.IsType<CommandSucceeded>(events[^1]);
        Assert.Equal("sandboxed\n", Assert.Single(events.OfType<StandardOutputProduced>()).Text);
        Assert.Equal("true", Assert.Single(events.OfType<ReturnValueProduced>()).FormattedValues[0].Value);
    }

    [Fact]
    public async Task A_runaway_qsharp_loop_ends_at_the_cell_timeout_and_the_kernel_comes_back()
    {
        Repository.RequireToolchain();
        _kernel = await KernelProcess.StartAsync(new KernelProcessOptions
        {
            HostPath = Path.Combine(Repository.QuantumDirectory, QsharpToolchain.KernelScript),
            WorkingDirectory = _workspace,
            Limits = KernelLimits.Default with { CellTimeout = TimeSpan.FromSeconds(3) },
            Log = Log,
        });

        var looped = await LastEventAsync("mutable i = 0;\nwhile true { set i += 1; }");
        var after = await LastEventAsync("6 * 7");

        // The messages name what the kernel said, so a failure under CI load can be told apart from a wrong answer.
        Assert.True(looped is CommandFailed { ErrorName: KernelErrorNames.CellTimeout }, $"the loop ended with {Describe(looped)}");
        Assert.True(after is CommandSucceeded, $"the cell after the restart ended with {Describe(after)}");
        Assert.Equal(1, _kernel.Restarts);
    }

    private static string Describe(KernelEvent kernelEvent) => kernelEvent is CommandFailed failed
        ? $"{failed.ErrorName}: {failed.Message}"
        : kernelEvent.GetType().Name;

    private void Log(string message)
    {
        try
        {
            output.WriteLine(message);
        }
        catch (InvalidOperationException)
        {
            // The kernel logs from background tasks that may outlive the test.
        }
    }

    private async Task<KernelEvent> LastEventAsync(string code)
    {
        KernelEvent? last = null;
        await foreach (var e in _kernel!.ExecuteAsync(code))
        {
            last = e;
        }

        return last!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_kernel is not null)
        {
            await _kernel.DisposeAsync();
        }

        Directory.Delete(_workspace, recursive: true);
    }
}
