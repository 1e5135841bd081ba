using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using HackathonPlatform.Quantum.Circuits;

namespace HackathonPlatform.Quantum.Benchmarks;

/// <summary>Writes a circuit as Q# and runs it with quantum/run-qsharp.mjs (npm qsharp-lang, pinned).</summary>
internal static class QsharpRunner
{
    /// <summary>The repository's quantum/ folder, found by walking up from the working directory.</summary>
    public static string? FindQuantumFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "quantum");
            if (File.Exists(Path.Combine(candidate, "run-qsharp.mjs")))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A Q# namespace Bench with Main(reps): applies the circuit reps times, then DumpMachine.</summary>
    public static string ToQsharp(Circuit circuit, ReadOnlySpan<double> parameters)
    {
        var body = new StringBuilder();
        foreach (var g in circuit.Gates)
        {
            string angle = g.AngleFor(parameters).ToString("R", CultureInfo.InvariantCulture);
            body.AppendLine(g.Kind switch
            {
                GateKind.H => $"        H(q[{g.Qubit0}]);",
                GateKind.X => $"        X(q[{g.Qubit0}]);",
                GateKind.Rx => $"        Rx({angle}, q[{g.Qubit0}]);",
                GateKind.Ry => $"        Ry({angle}, q[{g.Qubit0}]);",
                GateKind.Rz => $"        Rz({angle}, q[{g.Qubit0}]);",
                GateKind.Cnot => $"        CNOT(q[{g.Qubit0}], q[{g.Qubit1}]);",
                GateKind.Cz => $"        CZ(q[{g.Qubit0}], q[{g.Qubit1}]);",
                _ => throw new NotSupportedException($"{g.Kind} is not exported to Q# by this benchmark."),
            });
        }

        return $$"""
            namespace Bench {
                operation Apply(q : Qubit[]) : Unit {
            {{body}}    }

                operation Main(reps : Int) : Unit {
                    use q = Qubit[{{circuit.QubitCount}}];
                    for _ in 1..reps {
                        Apply(q);
                    }
                    Microsoft.Quantum.Diagnostics.DumpMachine();
                    ResetAll(q);
                }
            }
            """;
    }

    /// <summary>Runs Bench.Main(reps); returns Node's measured seconds for run() and the dumped state (index = our little-endian index).</summary>
    public static (double Seconds, Complex[] State) Run(string quantumFolder, string qsharpFile, int reps, int qubits)
    {
        var psi = new ProcessStartInfo("node")
        {
            WorkingDirectory = quantumFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add("run-qsharp.mjs");
        psi.ArgumentList.Add(qsharpFile);
        psi.ArgumentList.Add($"Bench.Main({reps})");
        psi.ArgumentList.Add("1");
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node exited with {process.ExitCode}: {stderr.Result}");
        }

        using var json = JsonDocument.Parse(stdout.Result);
        var root = json.RootElement;
        foreach (var r in root.GetProperty("results").EnumerateArray())
        {
            if (!r.GetProperty("success").GetBoolean())
            {
                throw new InvalidOperationException($"Q# run failed: {r.GetProperty("result").GetString()}");
            }
        }

        var state = new Complex[1 << qubits];
        var dump = root.GetProperty("dumps")[0].GetProperty("state");
        foreach (var entry in dump.EnumerateObject())
        {
            // Keys look like "|0110⟩" with qubit 0 LEFTMOST; our index has qubit 0 as bit 0.
            string bits = entry.Name.Trim('|', '⟩');
            int index = 0;
            for (int q = 0; q < bits.Length; q++)
            {
                if (bits[q] == '1')
                {
                    index |= 1 << q;
                }
            }

            state[index] = new Complex(entry.Value[0].GetDouble(), entry.Value[1].GetDouble());
        }

        return (root.GetProperty("seconds").GetDouble(), state);
    }
}
