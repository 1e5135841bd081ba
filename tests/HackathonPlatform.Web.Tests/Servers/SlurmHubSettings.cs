using Microsoft.AspNetCore.Hosting;

namespace HackathonPlatform.Web.Tests.Servers;

/// <summary>
/// The hub's settings for a test Slurm (scripts/slurm-up.sh): <c>Servers:Backend = slurm</c> with slurmrestd's URL and
/// JWT, servers as jobs of this user on loopback polled every second, batch jobs polled twice a second, and two
/// flavours: "cpu-small" (the default) and "gpu-one" (one of the node's two fake GPUs).
/// </summary>
internal static class SlurmHubSettings
{
    /// <summary>Points the hub at the cluster whose <paramref name="env"/> slurm-up.sh printed.</summary>
    public static void Apply(IWebHostBuilder builder, IReadOnlyDictionary<string, string> env)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "/usr/bin/dotnet";
        builder.UseSetting("Servers:Backend", "slurm");
        builder.UseSetting("Servers:Slurm:Rest:BaseUrl", env["SLURMRESTD_URL"]);
        builder.UseSetting("Servers:Slurm:Rest:UserName", env["SLURM_USER"]);
        builder.UseSetting("Servers:Slurm:Rest:Token", env["SLURM_JWT"]);
        builder.UseSetting("Servers:Slurm:DotnetPath", dotnet);
        // One machine: the node is this host on loopback.
        builder.UseSetting("Servers:Slurm:HostCommand", "echo 127.0.0.1");
        builder.UseSetting("Servers:Slurm:QueueTimeoutMinutes", "1");
        builder.UseSetting("Servers:Slurm:Environment:SLURM_CONF", env["SLURM_CONF"]);
        builder.UseSetting("Servers:Slurm:Environment:DOTNET_ROOT", Path.GetDirectoryName(dotnet)!);
        builder.UseSetting("Servers:PollIntervalSeconds", "1");
        builder.UseSetting("Jobs:PollSeconds", "0.5");
        builder.UseSetting("Servers:IdleMinutes", "0");
        builder.UseSetting("Servers:WarmKernel", "false");
        builder.UseSetting("Servers:StartTimeoutSeconds", "60");
        builder.UseSetting("Servers:DefaultFlavour", "cpu-small");
        builder.UseSetting("Servers:Flavours:0:Name", "cpu-small");
        builder.UseSetting("Servers:Flavours:0:MemoryMb", "1500");
        builder.UseSetting("Servers:Flavours:0:TimeLimit", "00:10:00");
        builder.UseSetting("Servers:Flavours:1:Name", "gpu-one");
        builder.UseSetting("Servers:Flavours:1:MemoryMb", "1500");
        builder.UseSetting("Servers:Flavours:1:GpuCount", "1");
        builder.UseSetting("Servers:Flavours:1:TimeLimit", "00:10:00");
    }
}
