using HackathonPlatform.Notebooks.Benchmarks;

// Usage: dotnet run -c Release --project bench/HackathonPlatform.Notebooks.Benchmarks -- [run] [start] [proxy] [grade]
// No names runs all. Exit 0 when every selected target is met, 1 when one is missed, 2 when a tool is missing.
IBenchmark[] all = [new RunBenchmark(), new StartBenchmark(), new ProxyBenchmark(), new GradeBenchmark()];
var unknown = args.Where(a => all.All(b => b.Name != a)).ToArray();
if (unknown.Length > 0)
{
    Console.Error.WriteLine($"Unknown benchmark(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", all.Select(b => b.Name))}.");
    return 2;
}

if (JupyterTools.EnsureInstalled() is { } missing)
{
    return missing;
}

// Whatever happens (an exception, Ctrl+C, a time limit), no server, hub or kernel outlives the run.
AppDomain.CurrentDomain.ProcessExit += (_, _) => ChildProcesses.StopAll();
Console.CancelKeyPress += (_, _) => ChildProcesses.StopAll();
var selected = args.Length == 0 ? all : all.Where(b => args.Contains(b.Name)).ToArray();
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
