using HackathonPlatform.Quantum.Benchmarks;

// Usage: dotnet run -c Release --project bench/HackathonPlatform.Quantum.Benchmarks -- [gate] [layer] [adjoint] [qsharp]
// No names runs all. Exit code 0 when every selected benchmark meets its target.
IBenchmark[] all = [new GateBandwidthBenchmark(), new LayerPassesBenchmark(), new AdjointBenchmark(), new QsharpComparisonBenchmark(), new VqeSolveBenchmark()];
var unknown = args.Where(a => all.All(b => b.Name != a)).ToArray();
if (unknown.Length > 0)
{
    Console.Error.WriteLine($"Unknown benchmark(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", all.Select(b => b.Name))}.");
    return 2;
}

var selected = args.Length == 0 ? all : all.Where(b => args.Contains(b.Name)).ToArray();
int failed = 0;
foreach (var benchmark in selected)
{
    if (!benchmark.Run())
    {
        failed++;
    }
}

Console.WriteLine($"{selected.Length - failed} passed, {failed} failed");
return failed == 0 ? 0 : 1;
