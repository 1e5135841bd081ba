using HackathonPlatform.Katas.Tests.Support;
using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.Katas.Tests;

public sealed class QsharpKernelLifecycleTests
{
    [Fact]
    public async Task Shutdown_is_acknowledged_and_the_process_exits()
    {
        using var kernel = await QsharpKernelClient.StartAsync();

        var events = await kernel.SendAsync(new ShutdownKernel("bye"));

        Assert.IsType<CommandSucceeded>(Assert.Single(events));
        Assert.True(await kernel.WaitForExitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Output_past_the_limit_is_cut_with_a_notice()
    {
        using var kernel = await QsharpKernelClient.StartAsync("--max-output-bytes", "1000");

        var events = await kernel.SubmitAsync("for i in 1..1000 { Message($\"line {i}\"); }");

        Assert.InRange(events.OfType<StandardOutputProduced>().Sum(e => e.Text.Length), 900, 1000);
        Assert.Contains("Output limit", Assert.Single(events.OfType<StandardErrorProduced>()).Text, StringComparison.Ordinal);
        Assert.IsType<CommandSucceeded>(events[^1]);
    }
}
