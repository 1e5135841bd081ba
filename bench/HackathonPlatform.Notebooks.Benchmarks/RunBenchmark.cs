using System.Diagnostics;

namespace HackathonPlatform.Notebooks.Benchmarks;

/// <summary>
/// `hackathon notebook run` on a 10-cell C# notebook against `jupyter nbconvert --to notebook --execute`
/// on the same 10 cells in Python, both as fresh processes (the whole command, as a user types it).
/// Target: ours ≤ 1.5× nbconvert.
/// </summary>
internal sealed class RunBenchmark : IBenchmark
{
    private const int Rounds = 3;

    public string Name => "run";

    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("bench-run-").FullName;
        try
        {
            var csharp = Fixtures.WriteTenCellCSharp(folder);
            var python = Fixtures.WriteTenCellPython(folder);
            var cli = Programs.Find("HackathonPlatform.Cli", "hackathon.dll");
            // The CLI finds the host by the same rule from a sibling folder.
            Console.WriteLine($"  kernel host: {ReadyToRunHost.Describe(await ReadyToRunHost.EnsureAsync())}");
            var ours = new List<double>();
            var theirs = new List<double>();
            // Round 0 warms the disk cache for both and is not counted; then they alternate, so load drifts hit both.
            for (var round = 0; round <= Rounds; round++)
            {
                var a = await RunOursAsync(cli, csharp, cancellationToken);
                var b = await JupyterTools.NbconvertAsync(python, cancellationToken);
                if (round > 0)
                {
                    ours.Add(a);
                    theirs.Add(b);
                }
            }

            var ratio = Stats.Median(ours) / Stats.Median(theirs);
            Console.WriteLine($"  hackathon notebook run (10 C# cells): {Stats.Series(ours)}; median {Stats.Median(ours):0.00} s");
            Console.WriteLine($"  jupyter nbconvert --execute (10 Python cells): {Stats.Series(theirs)}; median {Stats.Median(theirs):0.00} s");
            Console.WriteLine($"  load average: {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}");
            return Stats.Verdict("notebook run vs nbconvert", ratio <= 1.5, $"{ratio:0.00}× nbconvert's time (target ≤ 1.5×)");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<double> RunOursAsync(string cli, string notebook, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var output = new List<string>();
        var code = await ChildProcesses.RunAsync(Programs.DotnetCommand(cli, "notebook", "run", notebook, "--output", notebook + ".out.ipynb"), cancellationToken, output.Add);
        if (code != 0)
        {
            throw new InvalidOperationException($"hackathon notebook run exited with {code}: {string.Join(" | ", output.TakeLast(5))}");
        }

        return clock.Elapsed.TotalSeconds;
    }
}
