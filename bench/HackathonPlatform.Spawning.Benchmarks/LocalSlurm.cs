using System.Diagnostics;
using HackathonPlatform.Notebooks.Benchmarks;
using HackathonPlatform.Spawning.Slurm;

namespace HackathonPlatform.Spawning.Benchmarks;

/// <summary>
/// The single-node Slurm (slurmctld, slurmd, slurmrestd, two fake GPUs) of scripts/slurm-up.sh, the same one the
/// Slurm backend's tests use; stopped with scripts/slurm-down.sh, which also ends job steps still running.
/// </summary>
internal sealed class LocalSlurm : IAsyncDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"slurm-bench-{Environment.ProcessId}");

    private LocalSlurm()
    {
    }

    public SlurmRestOptions Rest { get; private set; } = null!;

    /// <summary>The SLURM_* variables slurm-up.sh printed (SLURM_CONF among them).</summary>
    public IReadOnlyDictionary<string, string> Env { get; private set; } = new Dictionary<string, string>();

    public static async Task<LocalSlurm> StartAsync(CancellationToken cancellationToken)
    {
        var slurm = new LocalSlurm();
        var output = new List<string>();
        var code = await ChildProcesses.RunAsync(Script("slurm-up.sh", slurm._dir), cancellationToken, line => { lock (output) { output.Add(line); } });
        if (code != 0)
        {
            throw new InvalidOperationException($"scripts/slurm-up.sh exited with {code}: {string.Join(" | ", output.TakeLast(6))}");
        }

        slurm.Env = output.Select(l => l.Split('=', 2)).Where(p => p.Length == 2 && p[0].StartsWith("SLURM", StringComparison.Ordinal))
            .ToDictionary(p => p[0], p => p[1].Trim());
        slurm.Rest = new SlurmRestOptions { BaseUrl = new Uri(slurm.Env["SLURMRESTD_URL"]), UserName = slurm.Env["SLURM_USER"], Token = slurm.Env["SLURM_JWT"] };
        return slurm;
    }

    public async ValueTask DisposeAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await ChildProcesses.RunAsync(Script("slurm-down.sh", _dir), limit.Token);
    }

    private static ProcessStartInfo Script(string name, string dir) => new("/bin/bash", [Path.Combine(Programs.Repository(), "scripts", name), dir]);
}
