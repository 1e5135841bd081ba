using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace HackathonPlatform.Katas.Tests.Support;

/// <summary>
/// Runs Q# through quantum/run-qsharp.mjs (the benchmark's runner) with our library and the
/// exercise solutions compiled along, and turns its DumpMachine output into amplitude arrays in the
/// C# simulator's order: qsharp-lang keys kets with qubit 0 leftmost, our StateVector has qubit q at
/// bit q of the index, so the character at position q of the ket is bit q.
/// </summary>
internal static class QsharpStates
{
    public const double Tolerance = 1e-9;

    public static async Task<IReadOnlyList<Complex[]>> DumpsAsync(string testCode, string entry, params string[] extraSourceFiles)
    {
        Repository.RequireToolchain();
        var source = new StringBuilder();
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.QuantumDirectory, "lib"), "*.qs").Order(StringComparer.Ordinal).Concat(extraSourceFiles))
        {
            source.AppendLine(await File.ReadAllTextAsync(file));
        }

        source.AppendLine(testCode);
        var path = Path.Combine(Path.GetTempPath(), $"katas-test-{Guid.NewGuid():N}.qs");
        await File.WriteAllTextAsync(path, source.ToString());
        try
        {
            var json = await RunAsync(path, entry);
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            foreach (var result in root.GetProperty("results").EnumerateArray())
            {
                Assert.True(result.GetProperty("success").GetBoolean(), result.GetProperty("result").GetString());
            }

            return [.. root.GetProperty("dumps").EnumerateArray().Select(ToAmplitudes)];
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A Q# Double literal that reads back to the same double.</summary>
    public static string Literal(double value) => value.ToString("0.0################", CultureInfo.InvariantCulture);

    public static string Literal(IEnumerable<double> values) => "[" + string.Join(", ", values.Select(Literal)) + "]";

    /// <summary>Asserts equality up to one global phase, fixed at the largest amplitude.</summary>
    public static void AssertSameState(ReadOnlySpan<Complex> expected, Complex[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        var k = 0;
        for (var i = 1; i < expected.Length; i++)
        {
            if (expected[i].Magnitude > expected[k].Magnitude)
            {
                k = i;
            }
        }

        var phase = actual[k] / expected[k];
        Assert.True(Math.Abs(phase.Magnitude - 1) < Tolerance, $"{what}: |amplitude {k}| differs ({actual[k]} vs {expected[k]})");
        for (var i = 0; i < expected.Length; i++)
        {
            var difference = (actual[i] - (expected[i] * phase)).Magnitude;
            Assert.True(difference < Tolerance, $"{what}: amplitude {i} is {actual[i]}, expected {expected[i] * phase} (difference {difference:E2})");
        }
    }

    private static async Task<string> RunAsync(string file, string entry)
    {
        var info = new ProcessStartInfo("node") { WorkingDirectory = Repository.QuantumDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "run-qsharp.mjs", file, entry })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        try
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
            Assert.True(process.ExitCode == 0, await errors);
            return await output;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static Complex[] ToAmplitudes(JsonElement dump)
    {
        var qubits = dump.GetProperty("qubitCount").GetInt32();
        var amplitudes = new Complex[1 << qubits];
        foreach (var entry in dump.GetProperty("state").EnumerateObject())
        {
            var bits = entry.Name.Trim('|', '⟩');
            Assert.Equal(qubits, bits.Length);
            var index = 0;
            for (var q = 0; q < qubits; q++)
            {
                index |= (bits[q] == '1' ? 1 : 0) << q;
            }

            var value = entry.Value;
            amplitudes[index] = new Complex(value[0].GetDouble(), value[1].GetDouble());
        }

        return amplitudes;
    }
}
