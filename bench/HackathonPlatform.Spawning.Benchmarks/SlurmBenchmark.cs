using System.Diagnostics;
using HackathonPlatform.Notebooks.Benchmarks;
using HackathonPlatform.Spawning.Flavours;
using HackathonPlatform.Spawning.Slurm;

namespace HackathonPlatform.Spawning.Benchmarks;

/// <summary>
/// Spawn-to-ready on the Slurm backend: <see cref="SlurmSpawner"/> submits the notebook server as a batch job
/// through slurmrestd (JWT) to the local single-node Slurm, polls it to running, reads the address and waits for the
/// server to answer. Baseline: the local backend's spawn-to-ready, measured alternately in the same run. No target
/// (the issue asks for the figure); the ratio says what the batch system costs.
/// </summary>
internal sealed class SlurmBenchmark : ISpawnBenchmark
{
    private const int Rounds = 3;
    private static readonly Flavour Cpu = new() { Name = "cpu-small", Cpu = 1, MemoryMb = 1500, TimeLimit = TimeSpan.FromMinutes(10) };

    public string Name => "slurm";

    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        await using var slurm = await LocalSlurm.StartAsync(cancellationToken);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var root = Directory.CreateTempSubdirectory("bench-slurm-").FullName;
        var local = new List<double>();
        var batch = new List<double>();
        try
        {
            for (var round = 0; round <= Rounds; round++)
            {
                var a = await LatencyBenchmark.OursAsync(cancellationToken);
                var b = await SlurmSpawnAsync(http, slurm, root, round, cancellationToken);
                Console.WriteLine($"  round {round}: local {a:0.00} s, Slurm {b:0.00} s{(round == 0 ? " (warm-up)" : "")}");
                if (round > 0)
                {
                    local.Add(a);
                    batch.Add(b);
                }
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        var ratio = Stats.Median(batch) / Stats.Median(local);
        Console.WriteLine($"  Slurm (submit → running → /api/status): {Stats.Series(batch)}; median {Stats.Median(batch):0.00} s");
        Console.WriteLine($"  local baseline: {Stats.Series(local)}; median {Stats.Median(local):0.00} s");
        return Stats.Verdict("Slurm spawn-to-ready", true, $"{ratio:0.00}× the local backend's (no target; load average {ProcessTree.LoadAverage()})");
    }

    private static async Task<double> SlurmSpawnAsync(HttpClient http, LocalSlurm slurm, string root, int round, CancellationToken cancellationToken)
    {
        var dotnet = Programs.Dotnet;
        var spawner = new SlurmSpawner(http, new SlurmSpawnerOptions
        {
            Rest = slurm.Rest,
            Flavour = Cpu,
            ServerPath = Programs.Find("HackathonPlatform.NotebookServer", "hackathon-notebook-server.dll"),
            DotnetPath = dotnet,
            Workspace = Path.Combine(root, $"group-{round}"),
            BasePath = $"/servers/group-{round}/",
            JobName = $"bench-server-{round}",
            // One machine: the node is this host on loopback (as in the Slurm backend's tests).
            HostCommand = "echo 127.0.0.1",
            ListenAddress = "127.0.0.1",
            Environment = new Dictionary<string, string>
            {
                ["SLURM_CONF"] = slurm.Env["SLURM_CONF"],
                ["DOTNET_ROOT"] = Path.GetDirectoryName(dotnet)!,
            },
            StartTimeout = TimeSpan.FromSeconds(90),
            QueueTimeout = TimeSpan.FromSeconds(60),
            PollInterval = TimeSpan.FromMilliseconds(250),
        });
        var clock = Stopwatch.StartNew();
        try
        {
            await foreach (var progress in spawner.StartAsync(cancellationToken))
            {
                if (progress.Phase == SpawnPhase.Failed)
                {
                    throw new InvalidOperationException($"Slurm spawn failed: {progress.Message}");
                }
            }

            return clock.Elapsed.TotalSeconds;
        }
        finally
        {
            await spawner.StopAsync(CancellationToken.None);
        }
    }
}
