using HackathonPlatform.Spawning;

namespace HackathonPlatform.Spawning.Tests;

/// <summary>A temporary root with a group workspace and the server log; options for the real server program.</summary>
public sealed class SpawnerTestFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("spawner-").FullName;

    public string Workspace => Path.Combine(Root, "group-a");

    public static string ServerPath => ServerProgramLocator.Find() ?? throw new InvalidOperationException("hackathon-notebook-server.dll was not built.");

    public LocalSpawnerOptions Options => new()
    {
        ServerPath = ServerPath,
        Workspace = Workspace,
        BasePath = "/servers/group-a/",
        LogFile = Path.Combine(Root, "server.log"),
        // No warm kernel: these tests are about the server process, and kernels cost CPU seconds.
        WarmKernel = false,
        ExitWithHub = true,
        StartTimeout = TimeSpan.FromSeconds(60),
    };

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
