using System.Diagnostics;
using HackathonPlatform.Spawning.Slurm.Tests;
using HackathonPlatform.Web.Servers;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Servers;

/// <summary>
/// The hub with <c>Servers:Backend = slurm</c> on a real single-node Slurm (slurmctld, slurmd, slurmrestd, two fake
/// GPUs) that scripts/slurm-up.sh starts for the class and slurm-down.sh stops, as the Slurm backend's own tests do.
/// Servers are jobs of this user running the real notebook server on loopback; the hub polls them every second.
/// Flavours: "cpu-small" (the default) and "gpu-one" (one GPU). When Slurm cannot run here the tests fail with the
/// script's reason (never skipped).
/// </summary>
public sealed class SlurmHub : HubFactory, IAsyncLifetime
{
    // The same start and stop as the Slurm backend's own tests (the file is linked into this project).
    private readonly SlurmCluster cluster = new();

    /// <summary>What slurm-up.sh printed: SLURM_CONF, SLURMRESTD_URL, SLURM_JWT, SLURM_USER ...</summary>
    public IReadOnlyDictionary<string, string> Env => cluster.Env;

    async Task IAsyncLifetime.InitializeAsync() => await cluster.InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        // Cancel the hub's jobs while Slurm still answers, then stop Slurm.
        if (Env.Count > 0)
        {
            await Services.GetRequiredService<ServerManager>().StopAllAsync("Test finished.", CancellationToken.None);
        }

        await cluster.DisposeAsync();
    }

    /// <summary>Runs a Slurm command line tool (scancel, squeue) against this cluster.</summary>
    public async Task<string> SlurmCommandAsync(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["SLURM_CONF"] = Env["SLURM_CONF"];
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} failed: {output}");
        return output;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SlurmHubSettings.Apply(builder, Env);
    }
}
