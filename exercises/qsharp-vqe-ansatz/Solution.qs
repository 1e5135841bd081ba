namespace Kata {
    /// Prepares the hardware-efficient ansatz on `qubits`, which start in |0...0⟩.
    /// n = Length(qubits); Length(parameters) = (layers + 1) * n.
    operation PrepareAnsatz(layers : Int, parameters : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
        let n = Length(qubits);
        for layer in 0..layers - 1 {
            // The rotation layer first: parameter layer * n + q belongs to qubit q ...
            for q in 0..n - 1 {
                Ry(parameters[layer * n + q], qubits[q]);
            }
            // ... then the entangling ladder, neighbour to neighbour.
            for q in 0..n - 2 {
                CNOT(qubits[q], qubits[q + 1]);
            }
        }
        // One more rotation layer closes the circuit.
        for q in 0..n - 1 {
            Ry(parameters[layers * n + q], qubits[q]);
        }
    }
}
