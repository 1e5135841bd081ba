using System.Numerics;
using HackathonPlatform.Quantum.Circuits;
using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Quantum.Benchmarks;

/// <summary>
/// The same 16-qubit, 3-layer hardware-efficient circuit on qsharp-lang 1.32.5-dev (Node, WASM) and on
/// ours: speed-up and largest amplitude difference after aligning the global phase.
/// qsharp-lang recompiles on every run(), so its per-circuit time is taken as
/// (time(reps = 6) - time(reps = 1)) / 5, each the best of two runs of the same source; the single run is printed too.
/// </summary>
internal sealed class QsharpComparisonBenchmark(int qubits = 16, int layers = 3) : IBenchmark
{
    private const int ExtraReps = 5;

    public string Name => "qsharp";

    public bool Run()
    {
        string? folder = QsharpRunner.FindQuantumFolder();
        if (folder is null || !Directory.Exists(Path.Combine(folder, "node_modules", "qsharp-lang")))
        {
            Console.WriteLine("qsharp: quantum/node_modules/qsharp-lang not found: run `cd quantum && npm install` first; FAIL target not measured");
            return false;
        }

        var circuit = Ansatz.HardwareEfficient(qubits, layers);
        var rng = new Random(16);
        var parameters = Enumerable.Range(0, circuit.ParameterCount).Select(_ => rng.NextDouble() * 2 * Math.PI).ToArray();
        string file = Path.Combine(Path.GetTempPath(), $"hp-bench-{Environment.ProcessId}.qs");
        File.WriteAllText(file, QsharpRunner.ToQsharp(circuit, parameters));
        try
        {
            var state = new StateVector(qubits) { MaxDegreeOfParallelism = 1 };
            void RunOurs()
            {
                state.Reset();
                circuit.Run(state, parameters);
            }

            // Ours is timed before and after the Node runs and the best kept, so a load spike from
            // the shared machine does not flatter either side.
            double ours = Timing.BestSeconds(5, RunOurs);
            (double Seconds, Complex[] State) once = (double.MaxValue, []), many = (double.MaxValue, []);
            for (int attempt = 0; attempt < 2; attempt++)
            {
                var o = QsharpRunner.Run(folder, file, 1, qubits);
                var m = QsharpRunner.Run(folder, file, 1 + ExtraReps, qubits);
                once = o.Seconds < once.Seconds ? o : once;
                many = m.Seconds < many.Seconds ? m : many;
            }

            ours = Math.Min(ours, Timing.BestSeconds(5, RunOurs));
            var theirs = once.State;
            double perCircuit = (many.Seconds - once.Seconds) / ExtraReps;

            double difference = MaxDifferenceUpToGlobalPhase(state.Amplitudes, theirs);
            double speedup = perCircuit / ours;
            bool pass = speedup >= 100 && difference <= 1e-10;
            Console.WriteLine($"qsharp: {qubits} qubits, {layers} layers ({circuit.Gates.Count} gates): qsharp-lang run() best {once.Seconds:F2} s for 1 circuit, {many.Seconds:F2} s for {1 + ExtraReps} => {perCircuit * 1e3:F0} ms per circuit; ours {ours * 1e3:F2} ms single-threaded");
            Console.WriteLine($"qsharp: speed-up {speedup:F0}x per circuit (whole run() incl. compile and dump: {once.Seconds / ours:F0}x), max amplitude difference {difference:E2}; {Timing.Verdict(pass, "speed-up >= 100x and difference <= 1e-10")}");
            return pass;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static double MaxDifferenceUpToGlobalPhase(ReadOnlySpan<Complex> ours, Complex[] theirs)
    {
        int largest = 0;
        for (int k = 1; k < ours.Length; k++)
        {
            if (ours[k].Magnitude > ours[largest].Magnitude)
            {
                largest = k;
            }
        }

        // Both simulators may differ by a global phase; align it on the largest amplitude.
        Complex phase = theirs[largest] == Complex.Zero ? Complex.One : ours[largest] / theirs[largest];
        phase /= phase.Magnitude;
        double worst = 0;
        for (int k = 0; k < ours.Length; k++)
        {
            worst = Math.Max(worst, (ours[k] - (theirs[k] * phase)).Magnitude);
        }

        return worst;
    }
}
