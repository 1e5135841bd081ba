using System.Diagnostics;
using HackathonPlatform.Spawning.Slurm;

namespace HackathonPlatform.Spawning.Slurm.Tests;

/// <summary>
/// A real single-node Slurm (slurmctld, slurmd, slurmrestd; two fake GPUs) started by
/// scripts/slurm-up.sh for the whole collection and stopped by slurm-down.sh. When Slurm cannot
/// run here, initialisation throws with the script's reason and every test fails (never skipped).
/// </summary>
public sealed class SlurmCluster : IAsyncLifetime
{
    private static readonly string Scripts = Path.Combine(FindRepository(), "scripts");
    private static int s_clusters;

    // One folder per cluster: a test process may run several at once (the hub's server and job tests).
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"slurm-tests-{Environment.ProcessId}-{Interlocked.Increment(ref s_clusters)}");

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public SlurmRestOptions Rest { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Env { get; private set; } = new Dictionary<string, string>();

    public string JobCompFile => Env["SLURM_JOBCOMP"];

    public async Task InitializeAsync()
    {
        var (code, output) = await RunAsync(Path.Combine(Scripts, "slurm-up.sh"), _dir, TimeSpan.FromMinutes(5));
        if (code != 0)
        {
            throw new InvalidOperationException($"Slurm could not be started here (slurm-up.sh exit {code}):\n{output}");
        }

        Env = output.Split('\n').Select(l => l.Split('=', 2)).Where(p => p.Length == 2 && p[0].StartsWith("SLURM", StringComparison.Ordinal))
            .ToDictionary(p => p[0], p => p[1].Trim());
        Rest = new SlurmRestOptions { BaseUrl = new Uri(Env["SLURMRESTD_URL"]), UserName = Env["SLURM_USER"], Token = Env["SLURM_JWT"] };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await RunAsync(Path.Combine(Scripts, "slurm-down.sh"), _dir, TimeSpan.FromMinutes(1));
    }

    private static async Task<(int Code, string Output)> RunAsync(string script, string argument, TimeSpan timeout)
    {
        var info = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{script} did not finish within {timeout}: {await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "scripts", "slurm-up.sh")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("scripts/slurm-up.sh not found above " + AppContext.BaseDirectory);
    }
}
