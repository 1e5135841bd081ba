using System.Numerics;
using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Quantum.Benchmarks;

/// <summary>
/// One single-qubit gate on a 24-qubit state (256 MiB), single-threaded: bytes moved per second
/// (read + write of every amplitude) as a fraction of an in-process Span.CopyTo of the same size
/// (which also reads and writes every byte once).
/// </summary>
internal sealed class GateBandwidthBenchmark(int qubits = 24) : IBenchmark
{
    public string Name => "gate";

    public bool Run()
    {
        long bytes = StateVector.BytesRequired(qubits);
        var source = new Complex[1 << qubits];
        var target = new Complex[1 << qubits];
        source.AsSpan().Fill(new Complex(0.5, 0.25));
        var state = new StateVector(qubits) { MaxDegreeOfParallelism = 1 };
        int[] positions = [0, 1, 5, qubits / 2, qubits - 1];
        var actions = new List<Action> { () => source.AsSpan().CopyTo(target) };
        actions.AddRange(positions.Select(q => (Action)(() => state.ApplyRy(q, 0.3))));

        // A complex gate too (Rx: 8 FMAs and re/im swaps per pair instead of 4 FMAs), reported beside the verdict.
        actions.AddRange(positions.Select(q => (Action)(() => state.ApplyRx(q, 0.3))));
        var best = Timing.BestInterleaved(5, [.. actions]);
        double copySeconds = best[0];
        Console.WriteLine($"gate: {qubits} qubits = {bytes >> 20} MiB; memory copy {2.0 * bytes / copySeconds / (1L << 30):F1} GiB/s (read+write) in {copySeconds * 1e3:F1} ms");
        double worst = double.MaxValue;
        for (int i = 0; i < positions.Length; i++)
        {
            double ry = best[i + 1];
            double ratio = copySeconds / ry;
            worst = Math.Min(worst, ratio);
            Console.WriteLine($"  Ry on qubit {positions[i],2}: {2.0 * bytes / ry / (1L << 30):F1} GiB/s ({ry * 1e3:F1} ms); ratio to copy {ratio:F2}");
        }

        double worstComplex = double.MaxValue;
        for (int i = 0; i < positions.Length; i++)
        {
            worstComplex = Math.Min(worstComplex, copySeconds / best[1 + positions.Length + i]);
        }

        Console.WriteLine($"  Rx (complex matrix), worst qubit: ratio to copy {worstComplex:F2}");
        bool pass = worst >= 0.8;
        Console.WriteLine($"gate: worst ratio to memory copy {worst:F2} single-threaded; {Timing.Verdict(pass, ">= 0.8")}");
        return pass;
    }
}
