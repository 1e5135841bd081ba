using HackathonPlatform.Quantum.Simulation;

namespace HackathonPlatform.Quantum.Circuits;

/// <summary>Standard parameterised circuits.</summary>
public static class Ansatz
{
    /// <summary>
    /// The hardware-efficient ansatz: for each layer l = 0..layers-1 a Ry on every qubit followed by
    /// the entangler, then a final Ry layer. Parameter layout: Ry of layer l on qubit q uses index
    /// l * qubits + q (the final layer is l = layers), so <see cref="Circuit.ParameterCount"/> is
    /// (layers + 1) * qubits.
    /// </summary>
    /// <param name="qubits">1..<see cref="StateVector.MaxQubits"/>.</param>
    /// <param name="layers">0 or more entangling layers.</param>
    /// <param name="entangler">The two-qubit layer.</param>
    /// <exception cref="ArgumentOutOfRangeException">qubits or layers is out of range, or the entangler is unknown.</exception>
    public static Circuit HardwareEfficient(int qubits, int layers, Entangler entangler = Entangler.Linear)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(layers);
        if (!Enum.IsDefined(entangler))
        {
            throw new ArgumentOutOfRangeException(nameof(entangler), entangler, "Unknown entangler.");
        }

        var circuit = new Circuit(qubits);
        for (int l = 0; l < layers; l++)
        {
            circuit.RotationLayer(PauliAxis.Y, l * qubits);
            for (int q = 0; q + 1 < qubits; q++)
            {
                if (entangler == Entangler.LinearCz)
                {
                    circuit.Cz(q, q + 1);
                }
                else
                {
                    circuit.Cnot(q, q + 1);
                }
            }

            if (entangler == Entangler.Circular && qubits > 2)
            {
                circuit.Cnot(qubits - 1, 0);
            }
        }

        circuit.RotationLayer(PauliAxis.Y, layers * qubits);
        return circuit;
    }
}
