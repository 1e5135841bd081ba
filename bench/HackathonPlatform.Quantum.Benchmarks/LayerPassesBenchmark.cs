using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Quantum.Benchmarks;

/// <summary>
/// A layer of Ry on all n qubits: full-state passes counted by <see cref="StateVector.PassCount"/>,
/// against the target ceil(n/4) + 1, and the time against n separate gates.
/// </summary>
internal sealed class LayerPassesBenchmark : IBenchmark
{
    public string Name => "layer";

    public bool Run()
    {
        bool pass = true;
        foreach (int n in new[] { 16, 20, 22, 24 })
        {
            var state = new StateVector(n) { MaxDegreeOfParallelism = 1 };
            var angles = Enumerable.Range(0, n).Select(q => 0.1 * (q + 1)).ToArray();
            long before = state.PassCount;
            state.ApplyRotationLayer(PauliAxis.Y, angles);
            long passes = state.PassCount - before;
            long target = ((n + 3) / 4) + 1;
            var best = Timing.BestInterleaved(
                3,
                () => state.ApplyRotationLayer(PauliAxis.Y, angles),
                () =>
                {
                    for (int q = 0; q < n; q++)
                    {
                        state.ApplyRy(q, angles[q]);
                    }
                });
            double fused = best[0], separate = best[1];
            pass &= passes <= target;
            Console.WriteLine($"layer: n={n}: {passes} passes (target <= {target}, unfused {n}); fused {fused * 1e3:F1} ms vs {n} separate gates {separate * 1e3:F1} ms = {separate / fused:F1}x (single-threaded)");
        }

        Console.WriteLine($"layer: {Timing.Verdict(pass, "passes <= ceil(n/4)+1")}");
        return pass;
    }
}
