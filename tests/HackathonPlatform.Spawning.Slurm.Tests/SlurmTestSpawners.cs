using HackathonPlatform.Spawning.Tests;
using HackathonPlatform.Spawning.Flavours;
using HackathonPlatform.Spawning.Slurm;

namespace HackathonPlatform.Spawning.Slurm.Tests;

/// <summary>Spawner options for the local Slurm: the real server program on loopback, as a job of the test's user.</summary>
internal static class SlurmTestSpawners
{
    public static readonly Flavour Cpu = new() { Name = "cpu-small", Cpu = 1, MemoryMb = 1500, TimeLimit = TimeSpan.FromMinutes(10) };

    public static SlurmSpawnerOptions Options(SlurmCluster slurm, string root, Flavour flavour)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "/usr/bin/dotnet";
        return new SlurmSpawnerOptions
        {
            Rest = slurm.Rest,
            Flavour = flavour,
            ServerPath = SpawnerTestFolder.ServerPath,
            DotnetPath = dotnet,
            Workspace = Path.Combine(root, "group-a"),
            BasePath = "/servers/group-a/",
            JobName = "hackathon-server-group-a",
            // One machine: the node is this host on loopback.
            HostCommand = "echo 127.0.0.1",
            ListenAddress = "127.0.0.1",
            WarmKernel = false,
            Environment = new Dictionary<string, string>
            {
                ["SLURM_CONF"] = slurm.Env["SLURM_CONF"],
                ["DOTNET_ROOT"] = Path.GetDirectoryName(dotnet)!,
            },
            StartTimeout = TimeSpan.FromSeconds(60),
            QueueTimeout = TimeSpan.FromSeconds(60),
            PollInterval = TimeSpan.FromMilliseconds(250),
        };
    }
}
