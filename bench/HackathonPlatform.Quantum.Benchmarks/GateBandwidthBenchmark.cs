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
        double copySeconds = Timing.BestSeconds(5, () => source.AsSpan().CopyTo(target));
        double copyRate = 2.0 * bytes / copySeconds;
        source = null;
        target = null;
        GC.Collect();

        var state = new StateVector(qubits) { MaxDegreeOfParallelism = 1 };
        Console.WriteLine($"gate: {qubits} qubits = {bytes >> 20} MiB; memory copy {copyRate / (1L << 30):F1} GiB/s (read+write) in {copySeconds * 1e3:F1} ms");
        double worst = double.MaxValue;
        foreach (int q in new[] { 0, 1, 5, qubits / 2, qubits - 1 })
        {
            double ry = Timing.BestSeconds(5, () => state.ApplyRy(q, 0.3));
            double h = Timing.BestSeconds(3, () => state.ApplyH(q));
            double ratio = copySeconds / Math.Max(ry, h);
            worst = Math.Min(worst, ratio);
            Console.WriteLine($"  qubit {q,2}: Ry {2.0 * bytes / ry / (1L << 30):F1} GiB/s ({ry * 1e3:F1} ms), H {2.0 * bytes / h / (1L << 30):F1} GiB/s; ratio to copy {ratio:F2}");
        }

        bool pass = worst >= 0.8;
        Console.WriteLine($"gate: worst ratio to memory copy {worst:F2} single-threaded; {Timing.Verdict(pass, ">= 0.8")}");
        return pass;
    }
}
