using System.Numerics;
using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Quantum.Tests.Simulation;

/// <summary>
/// Paths the dense reference cannot reach: fused high-qubit groups (n &gt; 14) and threaded kernels
/// (n &gt;= 18). The fast simulator is checked against itself gate by gate, single-threaded.
/// </summary>
public sealed class StateVectorLargeStateTests
{
    [Fact]
    public void Fused_layer_on_twenty_qubits_equals_single_gates_and_makes_few_passes()
    {
        const int n = 20;
        var rng = new Random(17);
        var angles = Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 6 - 3).ToArray();
        var fused = RandomState(n, rng);
        var single = fused.Clone();
        single.MaxDegreeOfParallelism = 1;

        long before = fused.PassCount;
        fused.ApplyRotationLayer(PauliAxis.Y, angles);
        long passes = fused.PassCount - before;
        for (int q = 0; q < n; q++)
        {
            single.ApplyRy(q, angles[q]);
        }

        StateAssert.Close(single.Amplitudes, fused.Amplitudes, 1e-12);
        Assert.True(passes <= ((n + 3) / 4) + 1, $"{passes} passes for a {n}-qubit layer.");
    }

    [Fact]
    public void Fused_arbitrary_gates_on_a_subset_of_qubits_equal_single_gates()
    {
        const int n = 19;
        var rng = new Random(18);
        int[] qubits = [0, 3, 15, 14, 1, 17, 16, 18];
        var gates = qubits.Select(_ => Matrix2.Rz(rng.NextDouble()) * Matrix2.Rx(rng.NextDouble() * 3) * Matrix2.H).ToArray();
        var fused = RandomState(n, rng);
        var single = fused.Clone();
        fused.ApplySingleQubitGates(qubits, gates);
        for (int i = 0; i < qubits.Length; i++)
        {
            single.ApplyUnitary(qubits[i], gates[i]);
        }

        StateAssert.Close(single.Amplitudes, fused.Amplitudes, 1e-12);
    }

    [Fact]
    public void Threaded_kernels_give_the_same_state_as_one_thread()
    {
        const int n = StateVector.ParallelThresholdQubits;
        var rng = new Random(19);
        var threaded = RandomState(n, rng);
        threaded.MaxDegreeOfParallelism = 2;
        var serial = threaded.Clone();
        serial.MaxDegreeOfParallelism = 1;
        foreach (var s in new[] { threaded, serial })
        {
            s.ApplyH(0);
            s.ApplyRy(17, 0.3);
            s.ApplyRz(5, 1.1);
            s.ApplyT(0);
            s.ApplyCnot(0, 9);
            s.ApplyCnot(12, 0);
            s.ApplyCry(3, 16, 0.7);
            s.ApplyCz(2, 11);
            s.ApplySwap(1, 15);
            s.ApplyTwoQubitUnitary(4, 13, Matrix4.CnotControlQ0);
            s.ApplyRotationLayer(PauliAxis.X, Enumerable.Range(0, n).Select(q => q * 0.1).ToArray());
        }

        StateAssert.Close(serial.Amplitudes, threaded.Amplitudes, 1e-12);
    }

    // A cheap deterministic "random" state: large states make Random and Complex.Magnitude the cost of the test.
    private static StateVector RandomState(int n, Random rng)
    {
        var s = new StateVector(n);
        var span = s.Amplitudes;
        double phase = rng.NextDouble();
        double norm = 0;
        for (int k = 0; k < span.Length; k++)
        {
            span[k] = new Complex(Math.Sin((k * 0.37) + phase), Math.Cos((k * 1.91) - phase));
            norm += (span[k].Real * span[k].Real) + (span[k].Imaginary * span[k].Imaginary);
        }

        double scale = 1 / Math.Sqrt(norm);
        for (int k = 0; k < span.Length; k++)
        {
            span[k] *= scale;
        }

        return s;
    }
}
