namespace HackathonPlatform.Quantum.Simulation;

// Fused single-qubit layers: the state is memory-bound, so applying k gates per pass over memory
// (on blocks that stay in cache) is what makes a layer fast.
public sealed partial class StateVector
{
    /// <summary>
    /// Applies exp(-i angles[q] P/2) to every qubit q (P = the given axis), fused: the gates on the
    /// low qubits are applied block by block in cache, the others in groups of up to
    /// <see cref="FusedGroupSize"/> qubits per pass, so a layer on n qubits costs about
    /// 1 + ceil((n - 14) / 5) passes over memory instead of n.
    /// </summary>
    /// <param name="axis">X, Y or Z.</param>
    /// <param name="angles">One angle per qubit, in radians; angles[q] acts on qubit q.</param>
    /// <exception cref="ArgumentException">angles.Length is not the qubit count, or the axis is invalid.</exception>
    public void ApplyRotationLayer(PauliAxis axis, ReadOnlySpan<double> angles)
    {
        if (angles.Length != QubitCount)
        {
            throw new ArgumentException($"A rotation layer needs one angle per qubit: {QubitCount} expected, {angles.Length} given.", nameof(angles));
        }

        if (axis is not (PauliAxis.X or PauliAxis.Y or PauliAxis.Z))
        {
            throw new ArgumentException($"Invalid rotation axis {axis}.", nameof(axis));
        }

        Span<int> qubits = stackalloc int[QubitCount];
        var gates = new Matrix2[QubitCount];
        for (int q = 0; q < QubitCount; q++)
        {
            qubits[q] = q;
            gates[q] = Matrix2.Rotation(axis, angles[q]);
        }

        PassCount += Kernels.ApplyFused(_amplitudes, qubits, gates, Degree);
    }

    /// <summary>
    /// Applies gates[i] to qubits[i] for all i, fused into few passes over memory (see
    /// <see cref="ApplyRotationLayer"/>). The gates act on distinct qubits, so their order does not matter.
    /// </summary>
    /// <param name="qubits">Distinct qubits.</param>
    /// <param name="gates">One unitary per qubit.</param>
    /// <exception cref="ArgumentException">Lengths differ, a qubit repeats or is out of range, or a matrix is not unitary.</exception>
    public void ApplySingleQubitGates(ReadOnlySpan<int> qubits, ReadOnlySpan<Matrix2> gates)
    {
        if (qubits.Length != gates.Length)
        {
            throw new ArgumentException($"{qubits.Length} qubits but {gates.Length} gates.", nameof(gates));
        }

        ulong seen = 0;
        for (int i = 0; i < qubits.Length; i++)
        {
            CheckQubit(qubits[i], nameof(qubits));
            if ((seen & (1UL << qubits[i])) != 0)
            {
                throw new ArgumentException($"Qubit {qubits[i]} appears twice; fused gates need distinct qubits.", nameof(qubits));
            }

            seen |= 1UL << qubits[i];
            if (!gates[i].IsUnitary())
            {
                throw new ArgumentException($"The gate on qubit {qubits[i]} is not unitary.", nameof(gates));
            }
        }

        PassCount += Kernels.ApplyFused(_amplitudes, qubits, gates, Degree);
    }

    // For callers that validated already (Circuit.Run): distinct in-range qubits, unitary gates.
    internal void ApplySingleQubitGatesUnchecked(ReadOnlySpan<int> qubits, ReadOnlySpan<Matrix2> gates) =>
        PassCount += Kernels.ApplyFused(_amplitudes, qubits, gates, Degree);

    /// <summary>The most high qubits one fused pass handles (the low qubits go in one blocked pass).</summary>
    public static int FusedGroupSize => Kernels.HighGroupQubits;
}
