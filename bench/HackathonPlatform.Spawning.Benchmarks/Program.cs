using HackathonPlatform.Notebooks.Benchmarks;
using HackathonPlatform.Spawning.Benchmarks;

// Usage: dotnet run -c Release --project bench/HackathonPlatform.Spawning.Benchmarks -- [latency] [concurrent] [slurm] [allocate]
// No names runs all. Exit 0 when every selected target is met, 1 when one is missed, 2 when a tool is missing.
ISpawnBenchmark[] all = [new LatencyBenchmark(), new ConcurrentServersBenchmark(), new SlurmBenchmark(), new AllocationBenchmark()];
var unknown = args.Where(a => all.All(b => b.Name != a)).ToArray();
if (unknown.Length > 0)
{
    Console.Error.WriteLine($"Unknown benchmark(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", all.Select(b => b.Name))}.");
    return 2;
}

var selected = args.Length == 0 ? all : all.Where(b => args.Contains(b.Name)).ToArray();
// JupyterHub is only needed by the latency benchmark (Slurm's packages are installed by slurm-up.sh itself).
if (selected.Any(b => b is LatencyBenchmark) && JupyterTools.EnsureInstalled() is { } missing)
{
    return missing;
}

// Whatever happens (an exception, Ctrl+C, a time limit), no server, hub or kernel outlives the run.
AppDomain.CurrentDomain.ProcessExit += (_, _) => ChildProcesses.StopAll();
Console.CancelKeyPress += (_, _) => ChildProcesses.StopAll();
Console.WriteLine($"load average at start: {ProcessTree.LoadAverage()}");
var failed = 0;
foreach (var benchmark in selected)
{
    Console.WriteLine($"== {benchmark.Name}");
    using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(6));
    try
    {
        failed += await benchmark.RunAsync(limit.Token) ? 0 : 1;
    }
    catch (Exception ex)
    {
        Console.WriteLine($"{benchmark.Name}: FAILED to run: {ex.GetType().Name}: {ex.Message}");
        failed++;
    }
    finally
    {
        ChildProcesses.StopAll();
    }
}

Console.WriteLine($"{selected.Length - failed} passed, {failed} failed");
return failed == 0 ? 0 : 1;
