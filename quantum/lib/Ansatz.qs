// The hardware-efficient ansatz of our C# library (HackathonPlatform.Quantum.Circuits.Ansatz.
// HardwareEfficient with Entangler.Linear), gate for gate and with the same parameter layout, so a
// parameter vector trained in C# prepares the same state here (the Katas tests hold them to 1e-9).
namespace HackathonPlatform.Quantum {
    import Std.Diagnostics.Fact;

    /// # Summary
    /// The number of parameters of `HardwareEfficientAnsatz`: (layers + 1) * qubits.
    function HardwareEfficientParameterCount(qubitCount : Int, layers : Int) : Int {
        (layers + 1) * qubitCount
    }

    /// # Summary
    /// For each layer l = 0..layers-1: Ry(parameters[l * n + q]) on every qubit q, then the CNOT
    /// ladder CNOT(q, q + 1) for q = 0..n-2; finally a Ry layer with parameters[layers * n + q].
    /// Qubit q is qubits[q]; in the C# simulator it is bit q of the basis-state index.
    operation HardwareEfficientAnsatz(layers : Int, parameters : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
        let n = Length(qubits);
        Fact(layers >= 0, "layers must not be negative");
        Fact(Length(parameters) == HardwareEfficientParameterCount(n, layers), $"expected {HardwareEfficientParameterCount(n, layers)} parameters, got {Length(parameters)}");
        for layer in 0..layers - 1 {
            RotationLayer(parameters[layer * n...], qubits);
            for q in 0..n - 2 {
                CNOT(qubits[q], qubits[q + 1]);
            }
        }
        RotationLayer(parameters[layers * n...], qubits);
    }

    /// # Summary
    /// Ry(angles[q]) on qubits[q] for every qubit (extra angles are ignored).
    operation RotationLayer(angles : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
        for q in 0..Length(qubits) - 1 {
            Ry(angles[q], qubits[q]);
        }
    }
}
