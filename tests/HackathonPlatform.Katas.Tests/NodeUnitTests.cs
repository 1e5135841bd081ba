using System.Diagnostics;
using HackathonPlatform.Katas.Tests.Support;

namespace HackathonPlatform.Katas.Tests;

public sealed class NodeUnitTests
{
    [Fact]
    public async Task The_kernels_node_unit_tests_pass()
    {
        Repository.RequireToolchain();
        var info = new ProcessStartInfo("node") { WorkingDirectory = Repository.QuantumDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("--test");
        info.ArgumentList.Add("test/");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.True(process.ExitCode == 0, await output + await errors);
        Assert.Contains("# fail 0", await output, StringComparison.Ordinal);
    }
}
